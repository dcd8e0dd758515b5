import { describe, expect, it } from 'vitest';
import { evidenceCountsOf, ruleConfidence, stageConfidence, weakRatings } from './confidence';
import { rate, updateResponse } from './edits';
import { createAssessment, emptyResponse } from './factory';
import type { RuleResponse, VoteTally } from './types';

const now = '2026-11-23T10:00:00.000Z';
const tally = (ns: number, p: number, l: number, f: number): VoteTally => ({ 'not-started': ns, partly: p, largely: l, fully: f });
const response = (change: Partial<RuleResponse>): RuleResponse => ({ ...emptyResponse(now), ...change });
const link = { id: 'l1', url: 'https://example.org/interviews', label: 'Interview notes' };

describe('ruleConfidence', () => {
  it('counts the votes, their range and the evidence: links and attached files together', () => {
    const c = ruleConfidence(response({ rating: 'largely', votes: tally(0, 0, 3, 2), evidence: [link] }), 2);
    expect(c).toEqual({ votes: 5, agreement: 'close', range: ['largely', 'fully'], evidence: 3, weaknesses: [] });
  });

  it.each<[string, Partial<RuleResponse>, number, string[]]>([
    ['rated with nothing to show', { rating: 'fully' }, 0, ['no-evidence']],
    ['rated with votes two levels apart', { rating: 'partly', votes: tally(2, 0, 1, 0), evidence: [link] }, 0, ['wide-spread']],
    ['both', { rating: 'largely', votes: tally(1, 0, 0, 4) }, 0, ['no-evidence', 'wide-spread']],
    ['a photo is evidence enough', { rating: 'largely' }, 1, []],
    ['neighbouring levels are not a wide spread', { rating: 'largely', votes: tally(0, 2, 3, 0), evidence: [link] }, 0, []],
    ['not applicable is not a score, so never weak', { rating: 'not-applicable', naReason: 'No such users', votes: tally(3, 0, 0, 3) }, 0, []],
    ['an unrated rule is not weak, only unrated', { votes: tally(3, 0, 0, 3) }, 0, []]
  ])('%s', (_case, change, files, weaknesses) => {
    expect(ruleConfidence(response(change), files).weaknesses).toEqual(weaknesses);
  });

  it('reads a missing response, or odd stored counts, as nothing', () => {
    expect(ruleConfidence(undefined)).toEqual({ votes: 0, agreement: null, range: null, evidence: 0, weaknesses: [] });
    expect(ruleConfidence(response({ rating: 'partly', evidence: [link] }), -4).evidence).toBe(1);
  });
});

describe('stageConfidence and weakRatings', () => {
  const assessment = () => {
    let a = createAssessment({ serviceName: 'Childminder finder' }, 'a1', now);
    a = rate(a, 'strategy.rule.1', 'largely', now);
    a = updateResponse(a, 'strategy.rule.1', () => ({ votes: tally(0, 1, 4, 0), evidence: [link] }), now);
    a = rate(a, 'strategy.rule.2', 'fully', now);
    a = rate(a, 'strategy.rule.3', 'partly', now);
    a = updateResponse(a, 'strategy.rule.3', () => ({ votes: tally(2, 0, 0, 2) }), now);
    a = rate(a, 'strategy.rule.4', 'not-applicable', now);
    a = rate(a, 'design.rule.1', 'fully', now);
    return a;
  };

  it('sums what a stage’s rated rules rest on, and counts the weak ones once each', () => {
    expect(stageConfidence(assessment(), 'strategy', { 'strategy.rule.2': 2 })).toEqual({
      rated: 3,
      votes: 9,
      evidence: 3,
      noEvidence: 1,
      wideSpread: 1,
      weak: 1
    });
    expect(stageConfidence(assessment(), 'strategy')).toMatchObject({ rated: 3, noEvidence: 2, wideSpread: 1, weak: 2 });
  });

  it('lists the weak ratings in the method’s order, with the reasons', () => {
    expect(weakRatings(assessment()).map((w) => [w.ruleId, w.confidence.weaknesses])).toEqual([
      ['strategy.rule.2', ['no-evidence']],
      ['strategy.rule.3', ['no-evidence', 'wide-spread']],
      ['design.rule.1', ['no-evidence']]
    ]);
  });
});

describe('evidenceCountsOf', () => {
  it('counts the photos and files of each rule', () => {
    expect(evidenceCountsOf([{ ruleId: 'strategy.rule.1' }, { ruleId: 'design.rule.2' }, { ruleId: 'strategy.rule.1' }])).toEqual({
      'strategy.rule.1': 2,
      'design.rule.2': 1
    });
  });
});
