import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../assessment/factory';
import { rate, setActionDone } from '../assessment/edits';
import { summarize } from '../assessment/summary';
import type { Assessment } from '../assessment/types';
import { adviseBackup, adviseBackupEarly, snoozeUntil } from './reminder';

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

describe('adviseBackupEarly (the list has read only its newest page)', () => {
  const at = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString();
  /** A summary changed at these hours (ascending); the last is its updatedAt. */
  const summary = (hours: number[]) => ({ updatedAt: at(hours.at(-1)!), changeTimes: hours.map((h) => Date.parse(at(h))) });
  const newestFirst = <T extends { updatedAt: string }>(list: T[]) =>
    [...list].sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : x.updatedAt > y.updatedAt ? -1 : 0));
  const now = at(24 * 30);

  it('answers as the whole list would whenever it answers: due, and how many are unexported', () => {
    const hours = fc.array(fc.integer({ min: 0, max: 24 * 30 }), { minLength: 1, maxLength: 4 }).map((h) => [...new Set(h)].sort((x, y) => x - y));
    fc.assert(
      fc.property(
        fc.array(hours, { maxLength: 12 }),
        fc.nat({ max: 12 }),
        fc.option(fc.integer({ min: 0, max: 24 * 30 })),
        fc.option(fc.integer({ min: 0, max: 24 * 31 })),
        (lists, shown, exportedHour, snoozedHour) => {
          const all = newestFirst(lists.map(summary));
          const facts = { lastFullExportAt: exportedHour === null ? null : at(exportedHour), snoozedUntil: snoozedHour === null ? null : at(snoozedHour), now };
          const whole = adviseBackup({ ...facts, assessments: all });
          const early = adviseBackupEarly({ all: all.slice(0, shown), complete: false, count: all.length }, facts);
          if (early === null) return;
          expect(early.due).toBe(whole.due);
          if (whole.due) expect(early.unexported).toBe(whole.unexported);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it('decides at once in the usual cases, and waits where only the rest can tell', () => {
    const old = summary([0]);
    const recent = summary([24 * 29]);
    const facts = { lastFullExportAt: null, snoozedUntil: null, now };
    // Never exported, an old change among the newest: due, and every assessment counts.
    expect(adviseBackupEarly({ all: [recent, old], complete: false, count: 5000 }, facts)).toMatchObject({ due: true, unexported: 5000 });
    // Never exported, only recent changes among the newest: an older one may be due.
    expect(adviseBackupEarly({ all: [recent], complete: false, count: 5000 }, facts)).toBeNull();
    // Exported since the oldest shown was last changed: everything older is in the export.
    expect(adviseBackupEarly({ all: [recent, old], complete: false, count: 5000 }, { ...facts, lastFullExportAt: at(10) })).toMatchObject({
      due: false,
      unexported: 1
    });
    // More changed since the export than the page holds: the count needs the rest.
    expect(adviseBackupEarly({ all: [recent, recent], complete: false, count: 5000 }, { ...facts, lastFullExportAt: at(10) })).toBeNull();
    // Put off: not due, whatever the rest holds.
    expect(adviseBackupEarly({ all: [recent], complete: false, count: 5000 }, { ...facts, snoozedUntil: at(24 * 31) })).toMatchObject({ due: false });
    // Every assessment read: the plain advice.
    expect(adviseBackupEarly({ all: [recent], complete: true, count: 1 }, facts)).toEqual(adviseBackup({ ...facts, assessments: [recent] }));
  });
});
