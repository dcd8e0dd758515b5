import * as v from 'valibot';
import { assessmentSchema, listOf, name, timestamp } from './assessment-schema';
import { FORMAT_TAG } from './envelope';
import { limits } from './limits';

/** A format version 1 file, after its tag and version were checked; the schema parsing ends with. */
export const envelopeV1Schema = v.strictObject({
  format: v.literal(FORMAT_TAG),
  formatVersion: v.literal(1),
  exportedAt: timestamp,
  app: v.strictObject({ name, version: name }),
  methodologyVersion: name,
  assessments: listOf(assessmentSchema, limits.assessments)
});

/** The schema of the current format version. */
export const currentEnvelopeSchema = envelopeV1Schema;
