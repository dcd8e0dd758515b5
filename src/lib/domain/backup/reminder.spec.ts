import { describe, expect, it } from 'vitest';
import { createAssessment } from '../assessment/factory';
import { rate, setActionDone } from '../assessment/edits';
import { summarize } from '../assessment/summary';
import type { Assessment } from '../assessment/types';
import { adviseBackup, snoozeUntil } from './reminder';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9)).toISOString();
const makeAssessment = (id: string, createdDay: number) => createAssessment({ serviceName: id }, id, day(createdDay));
const facts = ({ assessments = [], ...overrides }: Partial<Omit<Parameters<typeof adviseBackup>[0], 'assessments'>> & { assessments?: Assessment[] }) =>
  adviseBackup({ assessments: assessments.map(summarize), lastFullExportAt: null, snoozedUntil: null, now: day(20), ...overrides });

describe('adviseBackup', () => {
  it('stays quiet on an empty device', () => {
    expect(facts({})).toEqual({ due: false, unexported: 0, oldestUnexportedChange: null });
  });

  it.each([
    ['never exported, created 6 days ago', null, 14, false],
    ['never exported, created 7 days ago', null, 13, true],
    ['never exported, created 19 days ago', null, 1, true],
    ['exported after the last change', day(15), 10, false]
  ])('%s → due: %s', (_label, lastFullExportAt, createdDay, due) => {
    expect(facts({ assessments: [makeAssessment('a', createdDay)], lastFullExportAt }).due).toBe(due);
  });

  it('counts only the assessments changed since the last export', () => {
    const old = makeAssessment('old', 1);
    const changed = rate(makeAssessment('changed', 1), 'strategy.rule.1', 'fully', day(12));
    const advice = facts({ assessments: [old, changed], lastFullExportAt: day(5) });
    expect(advice.unexported).toBe(1);
    expect(advice.oldestUnexportedChange).toBe(day(12));
    expect(advice.due).toBe(true);
  });

  it('does not remind when the only unexported change is recent, however old the export', () => {
    const a = rate(makeAssessment('a', 1), 'strategy.rule.1', 'fully', day(19));
    expect(facts({ assessments: [a], lastFullExportAt: day(2) })).toMatchObject({ due: false, unexported: 1 });
  });

  it('finds an old unexported change behind a recent one in the same assessment', () => {
    let a = makeAssessment('a', 1);
    a = setActionDone(a, 'strategy.action.1', true, day(10));
    a = rate(a, 'design.rule.1', 'partly', day(19));
    const advice = facts({ assessments: [a], lastFullExportAt: day(5) });
    expect(advice.oldestUnexportedChange).toBe(day(10));
    expect(advice.due).toBe(true);
  });

  it('stays hidden while put off, and comes back after', () => {
    const assessments = [makeAssessment('a', 1)];
    const snoozedUntil = snoozeUntil(day(20));
    expect(facts({ assessments, snoozedUntil }).due).toBe(false);
    expect(facts({ assessments, snoozedUntil, now: day(21) }).due).toBe(true);
  });

  it('puts the reminder off for one day', () => {
    expect(snoozeUntil('2026-11-20T09:00:00.000Z')).toBe('2026-11-21T09:00:00.000Z');
  });
});
