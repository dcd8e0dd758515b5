import { describe, expect, it } from 'vitest';
import type { RuleId } from '../methodology/types';
import { rate, updateResponse } from '../assessment/edits';
import { createAssessment } from '../assessment/factory';
import type { Rating, RatingLevel } from '../assessment/types';
import { biggestGaps } from './biggest-gaps';

const now = '2026-11-23T10:00:00.000Z';
type Row = [RuleId, Rating, RatingLevel?];
const makeAssessment = (rows: Row[]) =>
  rows.reduce(
    (a, [rule, r, target]) => {
      const rated = rate(a, rule, r, now);
      return target ? updateResponse(rated, rule, () => ({ target }), now) : rated;
    },
    createAssessment({ serviceName: 'Childminder finder' }, 'a1', now)
  );

describe('biggestGaps', () => {
  it('puts the widest gap to "fully" first, then the lower rating, then method order', () => {
    const a = makeAssessment([
      ['strategy.rule.1', 'partly'],
      ['design.rule.2', 'not-started'],
      ['operation.rule.1', 'largely'],
      ['strategy.rule.4', 'not-started'],
      ['strategy.rule.2', 'partly']
    ]);
    expect(biggestGaps(a).map((g) => [g.ruleId, g.levels])).toEqual([
      ['strategy.rule.4', 3],
      ['design.rule.2', 3],
      ['strategy.rule.1', 2]
    ]);
  });

  it('measures against the target when the team set one, and drops rules that reached it', () => {
    const a = makeAssessment([
      ['strategy.rule.1', 'not-started', 'partly'],
      ['strategy.rule.2', 'partly', 'largely'],
      ['strategy.rule.3', 'largely', 'largely'],
      ['design.rule.1', 'largely']
    ]);
    expect(biggestGaps(a)).toEqual([
      { ruleId: 'strategy.rule.1', rating: 'not-started', aim: 'partly', levels: 1 },
      { ruleId: 'strategy.rule.2', rating: 'partly', aim: 'largely', levels: 1 },
      { ruleId: 'design.rule.1', rating: 'largely', aim: 'fully', levels: 1 }
    ]);
  });

  it('leaves out rules that do not apply, are not rated or are fully in place', () => {
    const a = makeAssessment([
      ['strategy.rule.1', 'not-applicable'],
      ['strategy.rule.2', 'fully']
    ]);
    expect(biggestGaps(a)).toEqual([]);
  });
});
