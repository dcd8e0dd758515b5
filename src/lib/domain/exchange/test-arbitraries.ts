import fc from 'fast-check';
import { nextStepStatuses, ratingLevels, ratings } from '../assessment/types';
import type { Assessment, EvidenceLink, NextStep, ParkingLotItem, Participant, RuleResponse } from '../assessment/types';
import { withUniqueKeys } from '../assessment/unique-keys';
import { allActions, allRules, methodology } from '../methodology/methodology';
import type { ActionId, RuleId } from '../methodology/types';
import { emptyClocks, withClocks } from '../sync/registers';
import { withoutBidiControls } from './bidi-controls';

/*
 * fast-check arbitraries for valid assessments, for any test that needs many of them. Nested ids
 * come from a small pool so two generated assessments share next steps, evidence and parking-lot
 * items often enough for merge properties to bite; within one assessment, no id is used twice,
 * as import requires.
 */

const ruleIds = allRules.map((r) => r.id);
const actionIds = allActions.map((a) => a.id);

/** A canonical ISO timestamp between 2020 and 2035. */
export const arbitraryTimestamp = (): fc.Arbitrary<string> =>
  fc.date({ min: new Date('2020-01-01T00:00:00.000Z'), max: new Date('2035-12-31T23:59:59.999Z'), noInvalidDate: true }).map((d) => d.toISOString());

const dateOnly = fc.oneof(
  fc.constant(''),
  arbitraryTimestamp().map((t) => t.slice(0, 10))
);

const greek = fc.constantFrom(
  'Έκδοση πιστοποιητικού οικογενειακής κατάστασης',
  'Δήμος Θεσσαλονίκης',
  'Η υπηρεσία δεν αφορά επιχειρήσεις· μόνο πολίτες.',
  'Ποιος; Πότε; Πώς;',
  'ΐΰ ς σ Σ — «εισαγωγικά»'
);

/** Text of any script (Greek, emoji, combining marks, any code point but direction controls, which import strips), at most `max` UTF-16 units. */
export const arbitraryText = (max: number): fc.Arbitrary<string> =>
  fc
    .oneof(fc.string({ unit: 'grapheme', maxLength: max }), fc.string({ unit: 'binary', maxLength: max }), greek)
    .map(withoutBidiControls)
    .filter((s) => s.length <= max);

/** An id from a small shared pool, or a fresh uuid. */
const pooledId = (prefix: string) => fc.oneof(fc.constantFrom(...[1, 2, 3, 4].map((n) => `${prefix}-${n}`)), fc.uuid());

const uniqueById = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) => fc.uniqueArray(item, { selector: (x) => x.id, maxLength });

const participant: fc.Arbitrary<Participant> = fc.record({ id: pooledId('p'), name: arbitraryText(30), role: arbitraryText(20) });

const evidence: fc.Arbitrary<EvidenceLink> = fc.record({
  id: pooledId('e'),
  url: fc.oneof(fc.constant(''), fc.webUrl(), fc.constant('https://dimos.example.gr/υπηρεσίες?q=α&b=1'), fc.constant('mailto:info@example.gr')),
  label: arbitraryText(30)
});

const nextStep: fc.Arbitrary<NextStep> = fc.record({
  id: pooledId('s'),
  text: arbitraryText(60),
  owner: arbitraryText(20),
  due: dateOnly,
  status: fc.constantFrom(...nextStepStatuses),
  updatedAt: arbitraryTimestamp()
});

const count = fc.nat({ max: 40 });

const fields = fc.record({
  rating: fc.option(fc.constantFrom(...ratings), { nil: null }),
  naReason: arbitraryText(60),
  note: arbitraryText(120),
  evidence: uniqueById(evidence, 4),
  nextSteps: uniqueById(nextStep, 5),
  target: fc.option(fc.constantFrom(...ratingLevels), { nil: null }),
  targetDate: dateOnly,
  votes: fc.record({ 'not-started': count, partly: count, largely: count, fully: count }),
  updatedAt: arbitraryTimestamp()
});
/** A response; the minority view (revision 1) is absent or said, never empty. */
const response: fc.Arbitrary<RuleResponse> = fc
  .tuple(fields, fc.option(arbitraryText(80), { nil: '' }))
  .map(([r, dissent]) => (dissent.trim() ? { ...r, dissent } : r));

const parkingLotItem: fc.Arbitrary<ParkingLotItem> = fc.record({
  id: pooledId('pl'),
  text: arbitraryText(60),
  ruleId: fc.option(fc.constantFrom(...ruleIds), { nil: null }),
  resolved: fc.boolean(),
  createdAt: arbitraryTimestamp()
});

/** A valid assessment of the current methodology: a random subset of rules answered, and so on. */
export function arbitraryAssessment(id: fc.Arbitrary<string> = fc.uuid()): fc.Arbitrary<Assessment> {
  return fc
    .record({
      id,
      serviceName: arbitraryText(40),
      organisation: arbitraryText(40),
      description: arbitraryText(200),
      facilitator: arbitraryText(30),
      participants: uniqueById(participant, 4),
      workshopDate: dateOnly,
      methodologyVersion: fc.constant(methodology.version),
      tags: fc.uniqueArray(arbitraryText(15), { maxLength: 4 }),
      createdAt: arbitraryTimestamp(),
      updatedAt: arbitraryTimestamp(),
      closedAt: fc.option(arbitraryTimestamp(), { nil: null }),
      responses: fc.dictionary(fc.constantFrom<RuleId>(...ruleIds), response, { maxKeys: 8, noNullPrototype: true }),
      actions: fc.dictionary(fc.constantFrom<ActionId>(...actionIds), fc.record({ done: fc.boolean(), updatedAt: arbitraryTimestamp() }), {
        maxKeys: 6,
        noNullPrototype: true
      }),
      parkingLot: uniqueById(parkingLotItem, 4),
      clocks: fc.constant(emptyClocks())
    })
    .map(withUniqueKeys)
    .map(withClocks);
}

/** Several assessments with distinct ids, as a full backup holds them. */
export const arbitraryAssessmentList = (maxLength = 4): fc.Arbitrary<Assessment[]> =>
  fc.uniqueArray(arbitraryAssessment(), { selector: (a) => a.id, maxLength });

/** Two versions of one assessment (same id), often touching the same rules and items. */
export const arbitraryVersionPair = (): fc.Arbitrary<[Assessment, Assessment]> =>
  fc.tuple(arbitraryAssessment(), arbitraryAssessment()).map(([a, b]) => [a, { ...b, id: a.id }]);
