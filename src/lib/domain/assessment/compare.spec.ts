import { describe, expect, it } from 'vitest';
import type { RuleId } from '../methodology/types';
import { compareAssessments, isSameService, serviceKey } from './compare';
import { rate } from './edits';
import { createAssessment } from './factory';
import type { Rating } from './types';

const now = '2026-11-23T10:00:00.000Z';
const make = (name: string, ratings: [RuleId, Rating][]) =>
  ratings.reduce((a, [rule, r]) => rate(a, rule, r, now), createAssessment({ serviceName: name }, name, now));

const before = make('Childminder finder', [
  ['strategy.rule.1', 'partly'],
  ['strategy.rule.2', 'fully'],
  ['strategy.rule.3', 'not-applicable'],
  ['design.rule.1', 'not-started']
]);
const after = make('Childminder finder', [
  ['strategy.rule.1', 'fully'],
  ['strategy.rule.2', 'largely'],
  ['strategy.rule.3', 'partly'],
  ['design.rule.1', 'not-started'],
  ['operation.rule.1', 'largely']
]);
const result = compareAssessments(before, after);

describe('compareAssessments', () => {
  it('gives each stage its scores and the change in points', () => {
    const strategy = result.stages.find((s) => s.stageId === 'strategy')!;
    // before: partly (1) + fully (3) of 6 = 67 %; after: fully, largely, partly = 6 of 9 = 67 %
    expect([strategy.before.percent, strategy.after.percent, strategy.delta]).toEqual([67, 67, 0]);
    const operation = result.stages.find((s) => s.stageId === 'operation')!;
    expect([operation.before.percent, operation.after.percent, operation.delta]).toEqual([null, 67, null]);
    expect(result.overall.delta).toBe(Number(result.overall.after.percent) - Number(result.overall.before.percent));
  });

  it.each<[RuleId, string, number | null]>([
    ['strategy.rule.1', 'improved', 2],
    ['strategy.rule.2', 'declined', -1],
    ['design.rule.1', 'same', 0],
    ['strategy.rule.3', 'not-comparable', null],
    ['operation.rule.1', 'not-comparable', null],
    ['operation.rule.2', 'same', null]
  ])('says %s %s', (ruleId, change, delta) => {
    expect(result.rules.find((r) => r.ruleId === ruleId)).toMatchObject({ change, delta });
  });

  it('covers every rule of the method', () => {
    expect(result.rules).toHaveLength(26);
  });
});

describe('same service', () => {
  it('ignores case, accents and spacing', () => {
    expect(serviceKey('  Εύρεση   Παιδοκόμου ')).toBe('ευρεση παιδοκομου');
    expect(isSameService(make('Childminder Finder', []), make('childminder  finder', []))).toBe(true);
    expect(isSameService(make('Parking', []), make('Permits', []))).toBe(false);
  });
});
