import * as v from 'valibot';
import { isBase64 } from '../evidence/base64';
import { allowedTypes } from '../evidence/file-types';
import { assessmentSchema, assessmentSchemaV3, id, name, ruleIdSchema, textOf, timestamp } from './assessment-schema';
import type { ExchangeErrorDetail } from './errors';
import { limits } from './limits';

/*
 * Photos, files and snapshots as a format version 2 file carries them. The bytes of an
 * attachment are checked against its size and SHA-256 after parsing (decode-attachments.ts),
 * because hashing is asynchronous and valibot's pipeline here is not.
 */

const detail = (d: ExchangeErrorDetail) => d;

/** One attachment: what it is, whose rule it belongs to, and its bytes in base64. */
export const attachmentSchema = v.strictObject({
  id,
  assessmentId: id,
  ruleId: ruleIdSchema,
  name: v.pipe(name, v.minLength(1, detail('empty'))),
  // Closed list: a blob: URL runs with the app's origin, so HTML or SVG must never get in.
  type: v.picklist(allowedTypes as string[]),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(limits.attachmentBytes)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, detail('bad-hash'))),
  caption: textOf(limits.captionLength),
  createdAt: timestamp,
  updatedAt: timestamp,
  data: v.pipe(v.string(), v.maxLength(limits.attachmentDataLength), v.check(isBase64, detail('bad-data')))
});

/** One workshop snapshot: a dated, labelled, complete copy of an assessment. */
export const snapshotSchema = v.strictObject({
  id,
  assessmentId: id,
  takenAt: timestamp,
  label: name,
  assessment: assessmentSchema
});

/** A snapshot as format 3 carries it: its assessment with clocks. */
export const snapshotSchemaV3 = v.strictObject({ ...snapshotSchema.entries, assessment: assessmentSchemaV3 });
