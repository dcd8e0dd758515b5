import { describe, expect, it } from 'vitest';
import { rate, setActionDone } from '../assessment/edits';
import { createAssessment } from '../assessment/factory';
import { addVote } from '../assessment/votes';
import { makeAssessment } from '../exchange/test-assessments';
import { closeWorkshop, hasWorkshopWork, newestFirst, type Snapshot } from './snapshot';

const now = '2026-11-23T16:30:00.000Z';

describe('closeWorkshop', () => {
  it('marks the assessment closed and freezes a copy of it as it is now', () => {
    const a = makeAssessment();
    const { assessment, snapshot } = closeWorkshop(a, 's-1', '  First workshop  ', now);
    expect(assessment).toEqual({ ...a, closedAt: now, updatedAt: now, clocks: { ...a.clocks, changed: { ...a.clocks.changed, 'd:closedAt': now } } });
    expect(snapshot).toEqual({ id: 's-1', assessmentId: a.id, takenAt: now, label: 'First workshop', assessment });
  });

  it('keeps the snapshot unchanged when the assessment is edited afterwards', () => {
    const { assessment, snapshot } = closeWorkshop(makeAssessment(), 's-1', '', now);
    const edited = rate(assessment, 'strategy.rule.1', 'fully', '2026-11-24T09:00:00.000Z');
    (edited.responses['design.rule.2'] as { note: string }).note = 'changed in place';
    expect(snapshot.assessment.responses['strategy.rule.1']?.rating).toBe('largely');
    expect(snapshot.assessment.responses['design.rule.2']?.note).toBe('');
    expect(snapshot.assessment).not.toBe(assessment);
  });

  it('leaves its input untouched', () => {
    const a = makeAssessment();
    const before = structuredClone(a);
    closeWorkshop(a, 's-1', 'x', now);
    expect(a).toEqual(before);
  });

  it('cuts a label that is too long', () => {
    expect(closeWorkshop(makeAssessment(), 's-1', 'α'.repeat(300), now).snapshot.label).toHaveLength(200);
  });
});

describe('newestFirst', () => {
  it('orders snapshots from the latest to the earliest', () => {
    const at = (id: string, takenAt: string) => ({ id, takenAt }) as Snapshot;
    const list = [at('a', '2025-11-20T10:00:00.000Z'), at('c', '2026-11-20T10:00:00.000Z'), at('b', '2026-03-01T10:00:00.000Z')];
    expect(newestFirst(list).map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('hasWorkshopWork', () => {
  const blank = createAssessment({ serviceName: 'Bus pass renewal' }, 'a-1', now);
  it.each([
    ['a brand-new assessment', blank, false],
    ['a rule rated', rate(blank, 'strategy.rule.1', 'partly', now), true],
    ['a rule rated "not applicable"', rate(blank, 'strategy.rule.2', 'not-applicable', now), true],
    ['a vote cast', addVote(blank, 'design.rule.3', 'not-started', now), true],
    ['an action ticked', setActionDone(blank, 'strategy.action.1', true, now), true]
  ])('says whether there is anything to close: %s', (_, a, expected) => {
    expect(hasWorkshopWork(a)).toBe(expected);
  });
});
