import { describe, expect, it } from 'vitest';
import { rate } from '../assessment/edits';
import { makeAssessment } from '../exchange/test-assessments';
import { closeWorkshop } from './snapshot';
import { changedRuleCount, findSnapshot, summarizeSnapshots } from './summary';

const closedAt = '2026-11-20T16:00:00.000Z';
const later = '2026-11-24T09:00:00.000Z';

describe('changedRuleCount', () => {
  it('is zero right after closing', () => {
    const { assessment, snapshot } = closeWorkshop(makeAssessment(), 's-1', '', closedAt);
    expect(changedRuleCount(snapshot, assessment)).toBe(0);
  });

  it('counts rules rated differently today, including ratings added since', () => {
    const { assessment, snapshot } = closeWorkshop(makeAssessment(), 's-1', '', closedAt);
    let today = rate(assessment, 'strategy.rule.1', 'fully', later);
    expect(snapshot.assessment.responses['design.rule.1']?.rating ?? null).toBeNull();
    today = rate(today, 'design.rule.1', 'partly', later);
    expect(changedRuleCount(snapshot, today)).toBe(2);
  });
});

describe('summarizeSnapshots', () => {
  it('gives the score and progress as they were, and the change since, for each snapshot in order', () => {
    const first = closeWorkshop(makeAssessment(), 'first', 'First', closedAt);
    const second = closeWorkshop(rate(first.assessment, 'strategy.rule.1', 'fully', later), 'second', 'Second', later);
    const summaries = summarizeSnapshots([second.snapshot, first.snapshot], second.assessment);
    expect(summaries.map((s) => s.snapshot.id)).toEqual(['second', 'first']);
    expect(summaries.map((s) => s.changedRules)).toEqual([0, 1]);
    expect(summaries[0]!.progress.rated).toBe(summaries[1]!.progress.rated);
    expect(summaries[0]!.score.percent!).toBeGreaterThan(summaries[1]!.score.percent!);
  });

  it('leaves the change unknown without today’s assessment', () => {
    const { snapshot } = closeWorkshop(makeAssessment(), 's-1', '', closedAt);
    expect(summarizeSnapshots([snapshot], undefined)[0]!.changedRules).toBeNull();
  });
});

describe('findSnapshot', () => {
  const { snapshot } = closeWorkshop(makeAssessment({}, 'a-1'), 's-1', '', closedAt);

  it.each([
    ['its own assessment', 's-1', 'a-1', true],
    ['another assessment', 's-1', 'a-2', false],
    ['an unknown id', 'nope', 'a-1', false],
    ['no id', null, 'a-1', false]
  ])('finds a snapshot only for %s', (_, id, assessmentId, found) => {
    expect(findSnapshot([snapshot], id, assessmentId)).toBe(found ? snapshot : undefined);
  });
});
