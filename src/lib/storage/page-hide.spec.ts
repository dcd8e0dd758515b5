import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '$lib/domain/assessment/factory';
import { rate } from '$lib/domain/assessment/edits';
import { getDb, TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { endTransactions, runningTransactions } from './page-hide';

let n = 0;
beforeEach(() => {
  useDb(new TesseraDb(`page-hide-${++n}`));
});

const stored = () => createAssessment({ serviceName: 'Stored before' }, 'stored', '2026-01-01T00:00:00.000Z');

describe('when the page is hidden for navigation', () => {
  it('aborts a transaction still running, which stores nothing, and the database opens again for the next operation', async () => {
    await assessments.save(stored());
    const db = getDb();
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    // A sync's write: reads, then writes once its requests have answered; the page is hidden between.
    const write = db.transaction('rw', db.assessments, async () => {
      const a = (await db.assessments.get('stored'))!;
      await db.assessments.put({ ...a, serviceName: 'Written by the sync' });
      release();
      await db.assessments.put({ ...a, serviceName: 'Written by the sync, twice' });
    });
    await paused;
    expect(runningTransactions()).toBeGreaterThan(0);
    endTransactions(db);
    await expect(write).rejects.toThrow();
    expect(runningTransactions()).toBe(0);

    // Back from the cache: the next save opens the database again; the aborted write left nothing.
    expect((await assessments.get('stored'))?.serviceName).toBe('Stored before');
    await assessments.update('stored', (a) => rate(a, 'strategy.rule.1', 'fully', '2026-01-02T00:00:00.000Z'));
    expect((await assessments.get('stored'))?.responses['strategy.rule.1']?.rating).toBe('fully');
  });

  it('forgets every transaction that ended on its own', async () => {
    await assessments.save(stored());
    await assessments.update('stored', (a) => rate(a, 'strategy.rule.2', 'partly', '2026-01-02T00:00:00.000Z'));
    await getDb().assessments.toArray();
    // A read answers before its transaction's own "complete" event.
    await vi.waitFor(() => expect(runningTransactions()).toBe(0));
  });
});
