import fc from 'fast-check';
import { editDetails, putNextStep, rate, setActionDone, updateResponse } from '../assessment/edits';
import { createAssessment } from '../assessment/factory';
import { addParkingItem, editParkingItem, removeParkingItem, setParkingResolved } from '../assessment/parking-lot';
import { ratings, ratingLevels, type Assessment, type Timestamp } from '../assessment/types';
import { addVote, noteDissent } from '../assessment/votes';
import type { ActionId, RuleId } from '../methodology/types';
import { stampChanges } from './stamp';

/*
 * Generated edit histories for merge properties: copies of one assessment, each edited on its own
 * "device" through the app's real edit functions and saved the app's way (stampChanges). Rules,
 * items and values come from small pools and times from a handful of minutes, so copies often touch
 * the same field, delete what the other edits, and sometimes change a field at the very same time.
 */

const rules: RuleId[] = ['strategy.rule.1', 'strategy.rule.2', 'design.rule.1'];
const actions: ActionId[] = ['strategy.action.1', 'design.action.1'];
const itemIds = ['i1', 'i2', 'i3'];
const words = ['', 'α', 'b', 'Ωμέγα', 'note', 'z'];

/** A time among a few minutes, so equal times happen. */
const minute = fc.integer({ min: 1, max: 9 }).map((m) => `2026-12-01T10:0${m}:00.000Z`);

type Edit = (a: Assessment, now: Timestamp) => Assessment;

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...ratings, null)).map(
    ([r, v]): Edit =>
      (a, now) =>
        rate(a, r, v, now)
  ),
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...words)).map(
    ([r, note]): Edit =>
      (a, now) =>
        updateResponse(a, r, () => ({ note }), now)
  ),
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...ratingLevels)).map(
    ([r, target]): Edit =>
      (a, now) =>
        updateResponse(a, r, () => ({ target }), now)
  ),
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...ratingLevels)).map(
    ([r, level]): Edit =>
      (a, now) =>
        addVote(a, r, level, now)
  ),
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...words)).map(
    ([r, text]): Edit =>
      (a, now) =>
        noteDissent(a, r, text, now)
  ),
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...itemIds), fc.constantFrom(...words), fc.constantFrom('open', 'done' as const)).map(
    ([r, id, text, status]): Edit =>
      (a, now) =>
        putNextStep(a, r, { id, text, owner: '', due: '', status, updatedAt: now }, id, now)
  ),
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...itemIds)).map(
    ([r, id]): Edit =>
      (a, now) =>
        putNextStep(a, r, null, id, now)
  ),
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...itemIds), fc.constantFrom(...words)).map(
    ([r, id, label]): Edit =>
      (a, now) =>
        updateResponse(a, r, (x) => ({ evidence: [...x.evidence.filter((e) => e.id !== id), { id, url: 'https://example.gr', label }] }), now)
  ),
  fc.tuple(fc.constantFrom(...rules), fc.constantFrom(...itemIds)).map(
    ([r, id]): Edit =>
      (a, now) =>
        updateResponse(a, r, (x) => ({ evidence: x.evidence.filter((e) => e.id !== id) }), now)
  ),
  fc.tuple(fc.constantFrom('serviceName', 'organisation', 'facilitator'), fc.constantFrom(...words)).map(
    ([field, value]): Edit =>
      (a, now) =>
        editDetails(a, { [field]: value }, now)
  ),
  fc.constantFrom(...words).map(
    (tag): Edit =>
      (a, now) =>
        editDetails(a, { tags: a.tags.includes(tag) ? a.tags.filter((t) => t !== tag) : [...a.tags, tag] }, now)
  ),
  fc.tuple(fc.constantFrom(...itemIds), fc.constantFrom(...words)).map(
    ([id, name]): Edit =>
      (a, now) =>
        editDetails(a, { participants: [...a.participants.filter((p) => p.id !== id), ...(name ? [{ id, name, role: '' }] : [])] }, now)
  ),
  fc.tuple(fc.constantFrom(...itemIds), fc.constantFrom(...words.filter(Boolean))).map(
    ([id, text]): Edit =>
      (a, now) =>
        a.parkingLot.some((p) => p.id === id) ? editParkingItem(a, id, text, now) : addParkingItem(a, id, text, null, now)
  ),
  fc.tuple(fc.constantFrom(...itemIds), fc.boolean()).map(
    ([id, resolved]): Edit =>
      (a, now) =>
        setParkingResolved(a, id, resolved, now)
  ),
  fc.constantFrom(...itemIds).map(
    (id): Edit =>
      (a, now) =>
        removeParkingItem(a, id, now)
  ),
  fc.tuple(fc.constantFrom(...actions), fc.boolean()).map(
    ([id, done]): Edit =>
      (a, now) =>
        setActionDone(a, id, done, now)
  )
);

/** Edits with their times, applied in time order as one device would make them. */
const history = fc.array(fc.tuple(edit, minute), { maxLength: 8 }).map((steps) => [...steps].sort((x, y) => (x[1] < y[1] ? -1 : 1)));

/** Applies a history the way the app saves edits: each edit stamped with its time. */
export function replay(start: Assessment, steps: readonly [Edit, Timestamp][]): Assessment {
  return steps.reduce((a, [change, now]) => stampChanges(a, change(a, now), now), start);
}

/** The common starting point: one assessment with a little of everything, as a shared file would hold. */
export const commonBase: fc.Arbitrary<Assessment> = history.map((steps) =>
  replay(createAssessment({ serviceName: 'Άδεια', tags: ['a'] }, 'shared', '2026-12-01T09:00:00.000Z'), steps)
);

/** `n` copies of one assessment, each edited on its own device after a shared start. */
export const divergedCopies = (n: number): fc.Arbitrary<Assessment[]> =>
  fc.tuple(commonBase, fc.array(history, { minLength: n, maxLength: n })).map(([base, histories]) => histories.map((h) => replay(base, h)));
