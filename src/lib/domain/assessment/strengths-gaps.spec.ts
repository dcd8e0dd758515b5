import { describe, expect, it } from 'vitest';
import type { RuleId } from '../methodology/types';
import { rate } from './edits';
import { createAssessment } from './factory';
import { strengthsAndGaps } from './strengths-gaps';
import type { Rating } from './types';

const now = '2026-11-23T10:00:00.000Z';
const makeAssessment = (ratings: [RuleId, Rating][]) =>
  ratings.reduce((a, [rule, r]) => rate(a, rule, r, now), createAssessment({ serviceName: 'Childminder finder' }, 'a1', now));

describe('strengthsAndGaps', () => {
  const a = makeAssessment([
    ['design.rule.1', 'largely'],
    ['strategy.rule.2', 'fully'],
    ['strategy.rule.1', 'partly'],
    ['operation.rule.5', 'not-started'],
    ['implementation.rule.3', 'not-applicable'],
    ['strategy.rule.3', 'largely']
  ]);
  const result = strengthsAndGaps(a);

  it('puts fully before largely, then follows the method', () => {
    expect(result.strengths.map((r) => r.ruleId)).toEqual(['strategy.rule.2', 'strategy.rule.3', 'design.rule.1']);
  });

  it('puts not started before partly', () => {
    expect(result.gaps.map((r) => [r.ruleId, r.rating])).toEqual([
      ['operation.rule.5', 'not-started'],
      ['strategy.rule.1', 'partly']
    ]);
  });

  it('leaves N/A out and lists unrated rules', () => {
    const all = [...result.strengths, ...result.gaps].map((r) => r.ruleId);
    expect(all).not.toContain('implementation.rule.3');
    expect(result.unrated).toHaveLength(26 - 6);
    expect(result.unrated[0]).toBe('strategy.rule.4');
  });
});
