import type { Assessment, Timestamp } from '../assessment/types';

/**
 * The export file format. A file is an envelope: a format tag and a numeric version first, so any
 * reader can tell what it holds before looking further, then the data.
 *
 * Planned for v2 (added by `v1-to-v2.ts`, which fills both with `[]` for v1 files):
 * - `attachments: { id, type, size, sha256, data }[]`, binary evidence in base64 referenced by id;
 * - `snapshots: { id, assessmentId, takenAt, label, assessment }[]`, dated read-only copies.
 * v1 carries neither: its envelope is exactly the fields below and nothing else.
 */

/** The `format` tag every Tessera export starts with. */
export const FORMAT_TAG = 'tessera-assessment';

/** The version this build writes; files with a higher one come from a newer Tessera. */
export const CURRENT_FORMAT_VERSION = 1;

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

/** The envelope of the current format version: what parsing returns after migrating. */
export type ExportEnvelope = ExportEnvelopeV1;
