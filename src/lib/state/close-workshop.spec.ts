import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeAssessment } from '$lib/domain/exchange/test-assessments';
import { assessments } from '$lib/storage/assessments-repository';
import { TesseraDb, getDb, useDb } from '$lib/storage/db';
import { snapshots } from '$lib/storage/snapshots-repository';
import { closeWorkshopNow } from './close-workshop';

let n = 0;
beforeEach(() => {
  useDb(new TesseraDb(`close-workshop-test-${++n}`));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('closeWorkshopNow', () => {
  it('stores a labelled snapshot and marks the assessment closed', async () => {
    await assessments.save(makeAssessment());
    const outcome = await closeWorkshopNow('a-1', ' Workshop of 20 November ');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.snapshot.label).toBe('Workshop of 20 November');
    expect((await assessments.get('a-1'))?.closedAt).toBe(outcome.snapshot.takenAt);
    expect(await snapshots.listFor(['a-1'])).toEqual([outcome.snapshot]);
  });

  it('reports a full disk as such and leaves the assessment unclosed', async () => {
    const a = makeAssessment();
    await assessments.save(a);
    // The snapshot's write fails after the assessment's: the transaction must undo both.
    vi.spyOn(getDb().snapshots, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await closeWorkshopNow('a-1', 'x')).toEqual({ ok: false, error: 'quota' });
    expect(await assessments.get('a-1')).toEqual(a);
    expect(await snapshots.listFor(['a-1'])).toEqual([]);
  });

  it('reports an assessment deleted meanwhile as not found', async () => {
    expect(await closeWorkshopNow('gone', '')).toEqual({ ok: false, error: 'not-found' });
  });
});
