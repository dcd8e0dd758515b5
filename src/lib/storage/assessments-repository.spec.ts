import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '$lib/domain/assessment/factory';
import { rate } from '$lib/domain/assessment/edits';
import { getDb, TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { attachments } from './attachments-repository';
import { snapshots } from './snapshots-repository';
import { makeAttachment, testBytes } from '$lib/domain/evidence/test-attachments';

let n = 0;
beforeEach(() => {
  useDb(new TesseraDb(`test-${++n}`));
});

const makeAssessment = (id: string, updatedAt: string, serviceName = 'Service') => ({
  ...createAssessment({ serviceName }, id, '2026-01-01T00:00:00.000Z'),
  updatedAt
});

/** Five assessments, three of them changed at the same moment: newest first they are d, b, ab, a, c. */
async function saveWithTiedTimes() {
  for (const [id, at] of [
    ['b', '2026-02-01T00:00:00.000Z'],
    ['a', '2026-02-01T00:00:00.000Z'],
    ['c', '2026-01-01T00:00:00.000Z'],
    ['d', '2026-03-01T00:00:00.000Z'],
    ['ab', '2026-02-01T00:00:00.000Z']
  ])
    await assessments.save(makeAssessment(id, at));
}

describe('assessments repository', () => {
  it('saves and reads back an assessment unchanged', async () => {
    const a = rate(makeAssessment('a', '2026-01-02T00:00:00.000Z'), 'strategy.rule.1', 'largely', '2026-01-02T00:00:00.000Z');
    await assessments.save(a);
    expect(await assessments.get('a')).toEqual(a);
  });

  it('lists the most recently changed first', async () => {
    await assessments.save(makeAssessment('old', '2026-01-01T00:00:00.000Z'));
    await assessments.save(makeAssessment('new', '2026-03-01T00:00:00.000Z'));
    await assessments.save(makeAssessment('mid', '2026-02-01T00:00:00.000Z'));
    expect((await assessments.list()).map((a) => a.id)).toEqual(['new', 'mid', 'old']);
  });

  it('keeps the live list newest first through every change (the cached result of Dexie is never turned in place)', async () => {
    await assessments.save(makeAssessment('old', '2026-01-01T00:00:00.000Z'));
    await assessments.save(makeAssessment('mid', '2026-02-01T00:00:00.000Z'));
    const seen: string[][] = [];
    const errors: unknown[] = [];
    const sub = assessments.watchSummaries().subscribe({ next: (list) => seen.push(list.map((a) => a.id)), error: (e) => errors.push(e) });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['mid', 'old']));
    await assessments.save(makeAssessment('new', '2026-03-01T00:00:00.000Z'));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['new', 'mid', 'old']));
    await assessments.update('old', (a) => rate(a, 'strategy.rule.1', 'fully', '2026-04-01T00:00:00.000Z'));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['old', 'new', 'mid']));
    expect((await assessments.summaries()).map((a) => a.id)).toEqual(['old', 'new', 'mid']);
    sub.unsubscribe();
    expect(errors).toEqual([]);
  });

  it('orders the summaries as the updatedAt index turned round: equal times larger id first, rows without a time left out', async () => {
    await saveWithTiedTimes();
    // A listing as odd data may leave it: no time at all.
    await getDb().listings.put({ ...(await getDb().listings.get('c'))!, id: 'no-time', updatedAt: undefined as unknown as string });
    const byIndex = (await getDb().listings.orderBy('updatedAt').toArray()).reverse().map((s) => s.id);
    expect(byIndex).toEqual(['d', 'b', 'ab', 'a', 'c']);
    expect((await assessments.summaries()).map((s) => s.id)).toEqual(byIndex);
  });

  it('reads the newest page alone, in the same order as the whole list, with the count of all', async () => {
    await saveWithTiedTimes();
    const seen: { newest: string[]; count: number }[] = [];
    const errors: unknown[] = [];
    const sub = assessments
      .watchNewestSummaries(3)
      .subscribe({ next: ({ newest, count }) => seen.push({ newest: newest.map((s) => s.id), count }), error: (e) => errors.push(e) });
    const whole = (await assessments.summaries()).map((s) => s.id);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ newest: whole.slice(0, 3), count: 5 }));
    expect(whole.slice(0, 3)).toEqual(['d', 'b', 'ab']);
    // A change moves an assessment to the top; a new one raises the count.
    await assessments.update('c', (a) => rate(a, 'strategy.rule.1', 'fully', '2026-04-01T00:00:00.000Z'));
    await assessments.save(makeAssessment('e', '2025-12-01T00:00:00.000Z'));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ newest: ['c', 'd', 'b'], count: 6 }));
    sub.unsubscribe();
    expect(errors).toEqual([]);
  });

  it('counts the assessments live, without reading them', async () => {
    const counts: number[] = [];
    const sub = assessments.watchCount().subscribe({ next: (n) => counts.push(n), error: () => undefined });
    await vi.waitFor(() => expect(counts.at(-1)).toBe(0));
    await assessments.save(makeAssessment('a', '2026-01-01T00:00:00.000Z'));
    await vi.waitFor(() => expect(counts.at(-1)).toBe(1));
    await assessments.remove('a');
    await vi.waitFor(() => expect(counts.at(-1)).toBe(0));
    sub.unsubscribe();
  });

  it('applies an edit to the stored version', async () => {
    await assessments.save(makeAssessment('a', '2026-01-01T00:00:00.000Z'));
    const result = await assessments.update('a', (a) => rate(a, 'design.rule.2', 'partly', '2026-02-01T00:00:00.000Z'));
    expect(result.responses['design.rule.2']?.rating).toBe('partly');
    expect((await assessments.get('a'))?.responses['design.rule.2']?.rating).toBe('partly');
  });

  it('shows stored data with a tag or a next-step id twice without repeats, and stores the repair with the next edit', async () => {
    const step = { id: 'ns-1', text: 'Call', owner: '', due: '', status: 'open' as const, updatedAt: '2026-01-01T00:00:00.000Z' };
    let a = rate(
      rate(makeAssessment('a', '2026-01-01T00:00:00.000Z'), 'strategy.rule.1', 'partly', '2026-01-01T00:00:00.000Z'),
      'design.rule.1',
      'fully',
      '2026-01-01T00:00:00.000Z'
    );
    a = { ...a, tags: ['x', 'x'] };
    a.responses['strategy.rule.1']!.nextSteps = [step];
    a.responses['design.rule.1']!.nextSteps = [{ ...step, text: 'Write' }];
    // Written as an older version or an earlier import could have, past the import checks.
    await assessments.save(a);
    const shown = await assessments.get('a');
    expect(shown?.tags).toEqual(['x']);
    expect(shown?.responses['design.rule.1']?.nextSteps.map((s) => s.id)).toEqual(['ns-1~2']);
    expect((await assessments.list())[0]).toEqual(shown);
    await assessments.update('a', (x) => rate(x, 'operation.rule.1', 'largely', '2026-02-01T00:00:00.000Z'));
    const stored = await getDb().assessments.get('a');
    expect(stored?.tags).toEqual(['x']);
    expect(stored?.responses['design.rule.1']?.nextSteps).toEqual([{ ...step, id: 'ns-1~2', text: 'Write' }]);
  });

  it('refuses to update an assessment that does not exist, and writes nothing', async () => {
    await expect(assessments.update('missing', (a) => a)).rejects.toThrow(/not found/);
    expect(await assessments.list()).toEqual([]);
  });

  it('leaves the stored version untouched when the edit throws', async () => {
    const a = makeAssessment('a', '2026-01-01T00:00:00.000Z');
    await assessments.save(a);
    await expect(
      assessments.update('a', () => {
        throw new Error('boom');
      })
    ).rejects.toThrow('boom');
    expect(await assessments.get('a')).toEqual(a);
  });

  it('removes an assessment and hands it back for undo', async () => {
    const a = makeAssessment('a', '2026-01-01T00:00:00.000Z');
    await assessments.save(a);
    expect(await assessments.remove('a')).toEqual({ assessment: a, attachments: [], snapshots: [], conflicts: [], exchanged: undefined });
    expect(await assessments.get('a')).toBeUndefined();
    expect(await assessments.remove('a')).toBeUndefined();
  });

  it('removes an assessment’s photos, files and snapshots with it, and undo brings all back', async () => {
    const a = makeAssessment('a', '2026-01-01T00:00:00.000Z');
    await assessments.save(a);
    await assessments.save(makeAssessment('other', '2026-01-01T00:00:00.000Z'));
    const bytes = testBytes(2048, 9);
    await attachments.add(await makeAttachment({ id: 'photo', assessmentId: 'a' }, bytes));
    await attachments.add(await makeAttachment({ id: 'kept', assessmentId: 'other' }));
    const snapshot = await snapshots.closeWorkshop('a', 's-1', 'Workshop', '2026-02-01T00:00:00.000Z');

    const removed = await assessments.remove('a');
    expect(removed?.attachments.map((x) => x.id)).toEqual(['photo']);
    expect(removed?.snapshots).toEqual([snapshot]);
    expect(await attachments.get('photo')).toBeUndefined();
    expect(await snapshots.get('s-1')).toBeUndefined();
    expect(await attachments.get('kept')).toBeDefined();

    await assessments.restore(removed!);
    expect(await assessments.get('a')).toEqual(removed?.assessment);
    expect(await snapshots.get('s-1')).toEqual(snapshot);
    const photo = await attachments.get('photo');
    expect(new Uint8Array(await photo!.blob.arrayBuffer())).toEqual(bytes);
  });
});

describe('creating an assessment', () => {
  it('stores it once; creating it again never overwrites what was entered since', async () => {
    const a = makeAssessment('a', '2026-01-01T00:00:00.000Z');
    await assessments.create(a);
    await assessments.update('a', (x) => rate(x, 'strategy.rule.1', 'fully', '2026-01-02T00:00:00.000Z'));
    await assessments.create(a);
    expect((await assessments.get('a'))?.responses['strategy.rule.1']?.rating).toBe('fully');
  });
});
