import * as v from 'valibot';
import { nextStepStatuses, ratingLevels, ratings } from '../assessment/types';
import { allActions, allRules } from '../methodology/methodology';
import type { ExchangeErrorDetail } from './errors';
import { withoutBidiControls } from './bidi-controls';
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

/**
 * Text of at most `max` characters, counted in code points as JSON Schema's maxLength counts them,
 * without the hidden direction controls that would let one name pose as another.
 */
export const textOf = (max: number) => v.pipe(v.string(), maxCodePoints(max), v.transform(withoutBidiControls));

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

/** True when text starting with `YYYY-MM-DD` names a day its month has: no 30 February, no 31 April. */
export const hasRealDay = (s: string) => Number(s.slice(8, 10)) <= daysInMonth(Number(s.slice(0, 4)), Number(s.slice(5, 7)));

/** In the canonical form, on a day its month has (no 30 February), so it needs no rewriting. */
function isCanonicalInstant(s: string): boolean {
  return CANONICAL_INSTANT.test(s) && hasRealDay(s);
}

/** An ISO 8601 timestamp (any offset, any precision) on a real day; `Date.parse` would roll 30 February over to March. */
const isInstant = (s: string) => isCanonicalInstant(s) || (v.ISO_TIMESTAMP_REGEX.test(s) && hasRealDay(s) && isValidInstant(s));

/**
 * Any ISO 8601 instant, stored in the canonical UTC form so text order is time order. Canonical
 * text is taken as it is, without a Date round trip: a file of 1,000 assessments has 40,000 of them.
 */
export const timestamp = v.pipe(
  textOf(limits.timestampLength),
  v.check(isInstant, detail('bad-date')),
  v.transform((s) => (isCanonicalInstant(s) ? s : new Date(s).toISOString()))
);

/** A calendar day its month has, or '' when not set. */
const dateOnly = v.pipe(
  v.string(),
  v.regex(/^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/u, detail('bad-date')),
  v.check((s) => s === '' || hasRealDay(s), detail('bad-date'))
);

/** Most lists hold no item or one (a rule's evidence, its next steps): those need no Set. */
const hasUniqueIds = (items: readonly { id: string }[]) => items.length < 2 || new Set(items.map((i) => i.id)).size === items.length;

/** A list of records with ids, capped in length, with no id twice. */
export function listOf<TItem extends v.GenericSchema<unknown, { id: string }>>(item: TItem, max: number) {
  const unique = v.check<v.InferOutput<TItem>[], ExchangeErrorDetail>((items) => hasUniqueIds(items as { id: string }[]), detail('duplicate-id'));
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
  /** Since revision 1 of format 3. */
  dissent: v.optional(longText),
  updatedAt: timestamp
});

const responsesRecord = v.record(ruleId, responseSchema);

/** The path of a field inside `responses`, as valibot would give it, for an issue raised across rules. */
function responsePath(responses: Record<string, unknown>, ruleId: string, list: string, index: number) {
  const response = responses[ruleId] as Record<string, unknown[]>;
  const items = response[list];
  const item = items[index] as { id: string };
  return [
    { type: 'object', origin: 'value', input: responses, key: ruleId, value: response },
    { type: 'object', origin: 'value', input: response, key: list, value: items },
    { type: 'array', origin: 'value', input: items, key: index, value: item },
    { type: 'object', origin: 'value', input: item, key: 'id', value: item.id }
  ] as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/**
 * Next steps and evidence links are keyed by id across all rules of an assessment (the action plan
 * lists every rule's steps together): an id used on a second rule is refused where it is used again.
 */
const uniqueAcrossRules = v.rawCheck<v.InferOutput<typeof responsesRecord>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  for (const list of ['nextSteps', 'evidence'] as const) {
    const seen = new Set<string>();
    for (const [ruleId, response] of Object.entries(dataset.value)) {
      response?.[list].forEach((item, index) => {
        if (seen.has(item.id)) addIssue({ message: detail('duplicate-id'), input: item.id, path: responsePath(dataset.value, ruleId, list, index) });
        seen.add(item.id);
      });
    }
  }
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
  // A tag listed twice is one tag: kept once, where it first appears.
  tags: v.pipe(
    v.array(name),
    v.maxLength(limits.tags),
    v.transform((tags) => [...new Set(tags)])
  ),
  createdAt: timestamp,
  updatedAt: timestamp,
  closedAt: v.nullable(timestamp),
  responses: v.pipe(responsesRecord, uniqueAcrossRules),
  actions: v.record(actionId, actionStateSchema),
  parkingLot: listOf(parkingLotItemSchema, limits.parkingLot)
});

/** A register key (see domain/sync/registers.ts): one of the known prefixes, then ids. */
const registerKey = v.pipe(v.string(), v.maxLength(limits.registerKeyLength), v.regex(/^(?:d:|r:[^:]+:|a:|p:|pl:|t:)/u, detail('not-allowed')));

/** Register keys with their times, at most `limits.clocks` of them. */
const clockRecord = v.pipe(
  v.record(registerKey, timestamp),
  v.check((r) => Object.keys(r).length <= limits.clocks, detail('too-long'))
);

/**
 * Format 3: when each field last changed, and when each deleted list item was deleted; from
 * revision 2, when each list item was added (its place in its list). A file without `added` has
 * its items taken as added in their lists' order (`addedOf` in domain/sync/registers.ts).
 */
export const clocksSchema = v.strictObject({ changed: clockRecord, removed: clockRecord, added: v.optional(clockRecord) });

/** One assessment as format 3 carries it: format 2's fields and its clocks. */
export const assessmentSchemaV3 = v.strictObject({ ...assessmentSchema.entries, clocks: clocksSchema });
