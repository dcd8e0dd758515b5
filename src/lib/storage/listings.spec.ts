import { beforeEach, describe, expect, it } from 'vitest';
import { rate, setActionDone } from '$lib/domain/assessment/edits';
import { summarize } from '$lib/domain/assessment/summary';
import type { Assessment } from '$lib/domain/assessment/types';
import { makeAssessment, testNow } from '$lib/domain/exchange/test-assessments';
import { getDb, TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { applyImport, undoImport } from './import-repository';
import { LISTINGS_STAMP_KEY, refreshListings } from './listings';

let n = 0;
beforeEach(() => useDb(new TesseraDb(`listings-test-${++n}`)));

const a1 = makeAssessment({ serviceName: 'Άδειες στάθμευσης' }, 'a-1');
const a2 = makeAssessment({ serviceName: 'Birth certificates' }, 'a-2');

/** Every listing row, by id. */
const listings = async () => Object.fromEntries((await getDb().listings.toArray()).map((s) => [s.id, s]));
/** What the listings table must hold for these stored assessments. */
const summariesOf = (...list: Assessment[]) => Object.fromEntries(list.map((a) => [a.id, summarize(a)]));

describe('the listings table follows every write to assessments', () => {
  it('on create, save, update and delete', async () => {
    await assessments.create(a1);
    await assessments.save(a2);
    expect(await listings()).toEqual(summariesOf(a1, a2));

    const edited = await assessments.update('a-1', (a) => setActionDone(rate(a, 'strategy.rule.1', 'fully', testNow), 'design.action.1', true, testNow));
    expect(await listings()).toEqual(summariesOf(edited, a2));

    const removed = await assessments.remove('a-2');
    expect(await listings()).toEqual(summariesOf(edited));
    await assessments.restore(removed!);
    expect(await listings()).toEqual(summariesOf(edited, a2));
  });

  it('on an import and its undo', async () => {
    await assessments.save(a1);
    const changed = rate(a1, 'design.rule.1', 'partly', '2026-11-24T10:00:00.000Z');
    const { undo } = await applyImport(
      [
        { incoming: changed, choice: 'replace', copyId: 'c-1' },
        { incoming: a2, choice: 'merge', copyId: 'c-2' }
      ],
      testNow
    );
    expect(await listings()).toEqual(summariesOf(changed, a2));
    await undoImport(undo);
    expect(await listings()).toEqual(summariesOf(a1));
  });

  it('on Collection.modify, bulkDelete and clear', async () => {
    await getDb().assessments.bulkPut([a1, a2]);
    await getDb().assessments.where('id').equals('a-1').modify({ serviceName: 'Renamed' });
    expect((await listings())['a-1'].serviceName).toBe('Renamed');
    await getDb().assessments.bulkDelete(['a-1']);
    expect(Object.keys(await listings())).toEqual(['a-2']);
    await getDb().assessments.clear();
    expect(await listings()).toEqual({});
  });

  it('writes no listing when the assessment write fails, and keeps the old one', async () => {
    await assessments.save(a1);
    const db = getDb();
    // Adding an id that exists fails: the transaction aborts and both tables stay as they were.
    const attempt = db.transaction('rw', db.assessments, async () => {
      await db.assessments.put(a2);
      await db.assessments.add({ ...a1, serviceName: 'Clash' });
    });
    await expect(attempt).rejects.toThrow();
    expect(await listings()).toEqual(summariesOf(a1));
  });

  it('are rebuilt when the methodology or summarize() changed, and stamped', async () => {
    await assessments.create(a1);
    expect((await getDb().meta.get(LISTINGS_STAMP_KEY))?.value).toMatch(/^\d{4}-\d{2}\.\d+\|summary-\d+$/);
    expect(await refreshListings(getDb())).toBe(false);
    // A summary computed by an older summarize(): a stale field and a missing one.
    await getDb().listings.put({ ...summarize(a1), serviceName: 'stale' });
    expect(await refreshListings(getDb(), 'older|summary-0')).toBe(true);
    expect(await assessments.summaries()).toEqual([summarize(a1)]);
    expect((await getDb().meta.get(LISTINGS_STAMP_KEY))?.value).toBe('older|summary-0');
  });

  it('lists the summaries most recently changed first', async () => {
    const older = { ...a2, updatedAt: '2026-01-01T00:00:00.000Z' };
    await assessments.save(older);
    await assessments.save(a1);
    expect((await assessments.summaries()).map((s) => s.id)).toEqual(['a-1', 'a-2']);
  });

  it('reads several assessments by id, leaving out ids not stored', async () => {
    await assessments.save(a1);
    await assessments.save(a2);
    expect(await assessments.getMany(['a-2', 'missing', 'a-1'])).toEqual([a2, a1]);
  });
});
