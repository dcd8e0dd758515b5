import { beforeEach, describe, expect, it } from 'vitest';
import { rate } from '$lib/domain/assessment/edits';
import { makeAssessment } from '$lib/domain/exchange/test-assessments';
import { TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { snapshots } from './snapshots-repository';

let n = 0;
beforeEach(() => useDb(new TesseraDb(`snapshots-test-${++n}`)));

describe('closing a workshop', () => {
  it('stamps the assessment closed and stores a frozen copy, in one go', async () => {
    await assessments.save(makeAssessment());
    const snapshot = await snapshots.closeWorkshop('a-1', 's-1', 'Εργαστήριο 2026', '2026-11-20T16:00:00.000Z');
    const stored = await assessments.get('a-1');
    expect(stored?.closedAt).toBe('2026-11-20T16:00:00.000Z');
    expect(await snapshots.get('s-1')).toEqual(snapshot);
    expect(snapshot.assessment).toEqual(stored);
  });

  it('keeps the snapshot as it was when the assessment changes later', async () => {
    await assessments.save(makeAssessment());
    await snapshots.closeWorkshop('a-1', 's-1', '', '2026-11-20T16:00:00.000Z');
    await assessments.update('a-1', (a) => rate(a, 'strategy.rule.1', 'fully', '2027-11-20T10:00:00.000Z'));
    expect((await snapshots.get('s-1'))?.assessment.responses['strategy.rule.1']?.rating).toBe('largely');
  });

  it('writes nothing when the assessment is gone', async () => {
    await expect(snapshots.closeWorkshop('missing', 's-1', '', '2026-11-20T16:00:00.000Z')).rejects.toThrow(/not found/);
    expect(await snapshots.get('s-1')).toBeUndefined();
  });

  it('lists an assessment’s snapshots newest first', async () => {
    await assessments.save(makeAssessment());
    await assessments.save(makeAssessment({}, 'a-2'));
    await snapshots.closeWorkshop('a-1', 'first', '', '2025-11-20T16:00:00.000Z');
    await snapshots.closeWorkshop('a-1', 'second', '', '2026-11-20T16:00:00.000Z');
    await snapshots.closeWorkshop('a-2', 'elsewhere', '', '2026-11-21T16:00:00.000Z');
    expect((await snapshots.listFor(['a-1'])).map((s) => s.id)).toEqual(['second', 'first']);
  });
});
