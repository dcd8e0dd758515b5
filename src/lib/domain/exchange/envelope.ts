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
 */

/** The `format` tag every Tessera export starts with. */
export const FORMAT_TAG = 'tessera-assessment';

/** The version this build writes; files with a higher one come from a newer Tessera. */
export const CURRENT_FORMAT_VERSION = 2;

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

/** The envelope of the current format version: what parsing returns after migrating. */
export type ExportEnvelope = ExportEnvelopeV2;
