import * as v from 'valibot';
import { assessmentSchema, assessmentSchemaV3, listOf, name, timestamp } from './assessment-schema';
import { FORMAT_TAG } from './envelope';
import { attachmentSchema, snapshotSchema, snapshotSchemaV3 } from './evidence-schema';
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

/** A format version 2 file: version 1 plus photos, files and snapshots. */
export const envelopeV2Schema = v.strictObject({
  ...envelopeV1Schema.entries,
  formatVersion: v.literal(2),
  attachments: listOf(attachmentSchema, limits.attachments),
  snapshots: listOf(snapshotSchema, limits.snapshots)
});

/**
 * A format version 3 file: version 2 with per-field clocks and tombstones in every assessment, and
 * a revision number for additions that older readers of version 3 may skip (see parse.ts).
 */
export const envelopeV3Schema = v.strictObject({
  ...envelopeV2Schema.entries,
  formatVersion: v.literal(3),
  formatRevision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  assessments: listOf(assessmentSchemaV3, limits.assessments),
  snapshots: listOf(snapshotSchemaV3, limits.snapshots)
});

/** The schema of the current format version. */
export const currentEnvelopeSchema = envelopeV3Schema;
