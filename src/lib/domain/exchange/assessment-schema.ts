import * as v from 'valibot';
import { nextStepStatuses, ratingLevels, ratings } from '../assessment/types';
import { allActions, allRules } from '../methodology/methodology';
import type { ExchangeErrorDetail } from './errors';
import { isSafeEvidenceUrl } from './evidence-url';
import { limits } from './limits';
import { isValidInstant } from './timestamps';

/*
 * The Assessment model as the file carries it. Objects are strict: a key the model does not have
 * (a typo, a field from a newer build, `__proto__`) is reported rather than silently dropped.
 * Custom checks use an ExchangeErrorDetail as their message, which the issue mapper passes on.
 */

const detail = (d: ExchangeErrorDetail) => d;

/** The ids a file may use as keys of `responses` and `actions`: the methodology's, no others. */
export const ruleIds = allRules.map((r) => r.id);
export const actionIds = allActions.map((a) => a.id);

/** Text of at most `max` characters, counted in code points as JSON Schema's maxLength counts them. */
const textOf = (max: number) => v.pipe(v.string(), v.maxCodePoints(max));

/** A non-empty id. */
export const id = v.pipe(textOf(limits.idLength), v.minLength(1, detail('empty')));
/** A name, role, label or version string. */
export const name = textOf(limits.nameLength);
const longText = textOf(limits.textLength);

/** Any ISO 8601 instant, stored in the canonical UTC form so text order is time order. */
export const timestamp = v.pipe(
  textOf(limits.timestampLength),
  v.isoTimestamp(detail('bad-date')),
  v.check(isValidInstant, detail('bad-date')),
  v.transform((s) => new Date(s).toISOString())
);

/** A calendar day, or '' when not set. */
const dateOnly = v.pipe(
  v.string(),
  v.regex(/^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/u, detail('bad-date'))
);

const hasUniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

/** A list of records with ids, capped in length, with no id twice. */
export function listOf<TItem extends v.GenericSchema<unknown, { id: string }>>(item: TItem, max: number) {
  const unique = v.check<v.InferOutput<TItem>[], ExchangeErrorDetail>(
    (items) => hasUniqueIds(items as { id: string }[]),
    detail('duplicate-id')
  );
  return v.pipe(v.array(item), v.maxLength(max), unique);
}

/** A golden rule of the methodology. */
export const ruleIdSchema = v.picklist(ruleIds, detail('unknown-rule'));
const ruleId = ruleIdSchema;
const actionId = v.picklist(actionIds, detail('unknown-action'));
const voteCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(limits.votesPerLevel));

/** Parts of an assessment, exported so tests can hold the JSON Schema against them. */
export const participantSchema = v.strictObject({ id, name, role: name });

export const evidenceSchema = v.strictObject({
  id,
  url: v.pipe(textOf(limits.urlLength), v.check(isSafeEvidenceUrl, detail('bad-url'))),
  label: name
});

export const nextStepSchema = v.strictObject({
  id,
  text: longText,
  owner: name,
  due: dateOnly,
  status: v.picklist(nextStepStatuses),
  updatedAt: timestamp
});

export const responseSchema = v.strictObject({
  rating: v.nullable(v.picklist(ratings)),
  naReason: longText,
  note: longText,
  evidence: listOf(evidenceSchema, limits.evidencePerRule),
  nextSteps: listOf(nextStepSchema, limits.nextStepsPerRule),
  target: v.nullable(v.picklist(ratingLevels)),
  targetDate: dateOnly,
  votes: v.strictObject({ 'not-started': voteCount, partly: voteCount, largely: voteCount, fully: voteCount }),
  updatedAt: timestamp
});

export const actionStateSchema = v.strictObject({ done: v.boolean(), updatedAt: timestamp });

export const parkingLotItemSchema = v.strictObject({
  id,
  text: longText,
  ruleId: v.nullable(ruleId),
  resolved: v.boolean(),
  createdAt: timestamp
});

/** One assessment: every field of the model, with the methodology's rule and action ids only. */
export const assessmentSchema = v.strictObject({
  id,
  serviceName: name,
  organisation: name,
  description: longText,
  facilitator: name,
  participants: listOf(participantSchema, limits.participants),
  workshopDate: dateOnly,
  methodologyVersion: name,
  tags: v.pipe(v.array(name), v.maxLength(limits.tags)),
  createdAt: timestamp,
  updatedAt: timestamp,
  closedAt: v.nullable(timestamp),
  responses: v.record(ruleId, responseSchema),
  actions: v.record(actionId, actionStateSchema),
  parkingLot: listOf(parkingLotItemSchema, limits.parkingLot)
});

