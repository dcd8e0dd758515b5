import * as v from 'valibot';
import { nextStepStatuses, ratingLevels, ratings } from '../assessment/types';
import { allActions, allRules } from '../methodology/methodology';
import type { ExchangeErrorDetail } from './errors';
import { isSafeEvidenceUrl } from './evidence-url';
import { limits } from './limits';
import { maxCodePoints } from './max-code-points';
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
export const textOf = (max: number) => v.pipe(v.string(), maxCodePoints(max));

/** A non-empty id. */
export const id = v.pipe(textOf(limits.idLength), v.minLength(1, detail('empty')));
/** A name, role, label or version string. */
export const name = textOf(limits.nameLength);
const longText = textOf(limits.textLength);

/** The form `Date.prototype.toISOString` writes, as every file Tessera exports has it. */
const CANONICAL_INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** Days in a month of the proleptic Gregorian calendar (month 1 to 12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** In the canonical form, on a day its month has (no 30 February), so it needs no rewriting. */
function isCanonicalInstant(s: string): boolean {
  return CANONICAL_INSTANT.test(s) && Number(s.slice(8, 10)) <= daysInMonth(Number(s.slice(0, 4)), Number(s.slice(5, 7)));
}

/** An ISO 8601 timestamp (any offset, any precision) that names a real instant. */
const isInstant = (s: string) => isCanonicalInstant(s) || (v.ISO_TIMESTAMP_REGEX.test(s) && isValidInstant(s));

/**
 * Any ISO 8601 instant, stored in the canonical UTC form so text order is time order. Canonical
 * text is taken as it is, without a Date round trip: a file of 1,000 assessments has 40,000 of them.
 */
export const timestamp = v.pipe(
  textOf(limits.timestampLength),
  v.check(isInstant, detail('bad-date')),
  v.transform((s) => (isCanonicalInstant(s) ? s : new Date(s).toISOString()))
);

/** A calendar day, or '' when not set. */
const dateOnly = v.pipe(
  v.string(),
  v.regex(/^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/u, detail('bad-date'))
);

/** Most lists hold no item or one (a rule's evidence, its next steps): those need no Set. */
const hasUniqueIds = (items: readonly { id: string }[]) => items.length < 2 || new Set(items.map((i) => i.id)).size === items.length;

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

