import { describe, expect, it } from 'vitest';
import { createAssessment } from './factory';
import { rate, updateResponse } from './edits';
import { gapOf, stageTargets, targetRows } from './targets';
import type { Assessment, Rating, RatingLevel } from './types';
import type { RuleId } from '../methodology/types';

const now = '2026-11-23T10:00:00.000Z';
const withTarget = (a: Assessment, rule: RuleId, rating: Rating | null, target: RatingLevel | null, targetDate = '') =>
  updateResponse(rate(a, rule, rating, now), rule, () => ({ target, targetDate }), now);
const base = () => createAssessment({ serviceName: 'Permits' }, 'a', now);

describe('gapOf', () => {
  it.each<[Rating | null, RatingLevel | null, number | null]>([
    ['partly', 'fully', 2],
    ['largely', 'fully', 1],
    ['fully', 'fully', 0],
    ['fully', 'partly', 0],
    ['not-started', 'largely', 2],
    [null, 'fully', null],
    ['not-applicable', 'fully', null],
    ['partly', null, null]
  ])('rating %s against target %s is %s', (rating, target, gap) => {
    expect(gapOf(withTarget(base(), 'strategy.rule.1', rating, target).responses['strategy.rule.1'])).toBe(gap);
  });
});

describe('targets of an assessment', () => {
  const a = [
    (x: Assessment) => withTarget(x, 'strategy.rule.1', 'partly', 'fully', '2027-06-30'),
    (x: Assessment) => withTarget(x, 'strategy.rule.2', 'largely', 'largely'),
    (x: Assessment) => withTarget(x, 'strategy.rule.3', null, 'fully'),
    (x: Assessment) => withTarget(x, 'design.rule.1', 'not-applicable', 'fully'),
    (x: Assessment) => rate(x, 'design.rule.2', 'fully', now)
  ].reduce((x, f) => f(x), base());

  it('lists the rules that have a target, in method order, with their gap', () => {
    expect(targetRows(a).map((r) => [r.ruleId, r.gap])).toEqual([
      ['strategy.rule.1', 2],
      ['strategy.rule.2', 0],
      ['strategy.rule.3', null],
      ['design.rule.1', null]
    ]);
    expect(targetRows(a, 'strategy')[0].targetDate).toBe('2027-06-30');
    expect(targetRows(a, 'operation')).toEqual([]);
  });

  it('compares each stage today with its targets on the rules that have both', () => {
    const byStage = Object.fromEntries(stageTargets(a).map((s) => [s.stageId, s]));
    // partly (1) + largely (2) = 3 of 6 today; fully (3) + largely (2) = 5 of 6 as targets.
    expect(byStage.strategy).toEqual({ stageId: 'strategy', compared: 2, current: 50, target: 83 });
    expect(byStage.design).toEqual({ stageId: 'design', compared: 0, current: null, target: null });
  });
});
