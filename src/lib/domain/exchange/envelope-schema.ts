import * as v from 'valibot';
import { assessmentSchema, listOf, name, timestamp } from './assessment-schema';
import { FORMAT_TAG } from './envelope';
import { attachmentSchema, snapshotSchema } from './evidence-schema';
import { limits } from './limits';

/** A format version 1 file, after its tag and version were checked (kept to describe version 1). */
export const envelopeV1Schema = v.strictObject({
  format: v.literal(FORMAT_TAG),
  formatVersion: v.literal(1),
  exportedAt: timestamp,
  app: v.strictObject({ name, version: name }),
  methodologyVersion: name,
  assessments: listOf(assessmentSchema, limits.assessments)
});

/** A format version 2 file: version 1 plus photos, files and snapshots; the schema parsing ends with. */
export const envelopeV2Schema = v.strictObject({
  ...envelopeV1Schema.entries,
  formatVersion: v.literal(2),
  attachments: listOf(attachmentSchema, limits.attachments),
  snapshots: listOf(snapshotSchema, limits.snapshots)
});

/** The schema of the current format version. */
export const currentEnvelopeSchema = envelopeV2Schema;
