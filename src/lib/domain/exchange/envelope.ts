import type { Assessment, Timestamp } from '../assessment/types';
import type { AttachmentMeta } from '../evidence/types';
import type { Snapshot } from '../history/snapshot';

/**
 * The export file format. A file is an envelope: a format tag and a numeric version first, so any
 * reader can tell what it holds before looking further, then the data.
 *
 * Version 2 adds, next to the assessments, the photos and files attached to their golden rules
 * (each with its type, size and SHA-256, its bytes in base64) and their workshop snapshots.
 * `v1-to-v2.ts` reads a version 1 file as a version 2 file with neither.
 *
 * Version 3 adds per-field clocks and tombstones to every assessment (`clocks`), so a merge goes
 * field by field and deletions hold. `v2-to-v3.ts` reads a version 2 file as version 3: every
 * field then takes the time its part recorded (its response's `updatedAt`, and so on).
 */

/** The `format` tag every Tessera export starts with. */
export const FORMAT_TAG = 'tessera-assessment';

/** The version this build writes; files with a higher one come from a newer Tessera and are refused. */
export const CURRENT_FORMAT_VERSION = 3;

/**
 * The revision of version 3 this build writes. A later revision only adds optional fields, so a
 * file of a higher revision is still read: the fields this build does not know are listed in the
 * preview and left out. Anything else (a field removed, renamed, required or read differently)
 * needs a new version. See the README's "Versions".
 */
export const CURRENT_FORMAT_REVISION = 2;

/** The name this app writes in `app.name`; readers ignore it (the format tag is what counts). */
export const APP_NAME = 'Tessera';

/** A format version 1 file, as written to disk. */
export interface ExportEnvelopeV1 {
  format: typeof FORMAT_TAG;
  formatVersion: 1;
  exportedAt: Timestamp;
  /** What wrote the file; other tools may write the format too, so `name` is not checked. */
  app: { name: string; version: string };
  /** The methodology version of the app that wrote the file (each assessment also has its own). */
  methodologyVersion: string;
  assessments: Assessment[];
}

/** A photo or file in an export: its description and its bytes as standard base64. */
export interface ExportedAttachment extends AttachmentMeta {
  data: string;
}

/** A format version 2 file, as written to disk. */
export interface ExportEnvelopeV2 extends Omit<ExportEnvelopeV1, 'formatVersion'> {
  formatVersion: 2;
  /** Photos and files of the assessments above; empty when the export left them out. */
  attachments: ExportedAttachment[];
  /** Workshop snapshots of the assessments above. */
  snapshots: Snapshot[];
}

/** A format version 3 file, as written to disk: assessments (and snapshots) carry `clocks`. */
export interface ExportEnvelopeV3 extends Omit<ExportEnvelopeV2, 'formatVersion'> {
  formatVersion: 3;
  /** Additions within version 3 (optional fields only); absent means 0. */
  formatRevision?: number;
}

/** The envelope of the current format version: what parsing returns after migrating. */
export type ExportEnvelope = ExportEnvelopeV3;
