import { beforeEach, describe, expect, it } from 'vitest';
import { rate } from '$lib/domain/assessment/edits';
import type { Assessment } from '$lib/domain/assessment/types';
import { makeAssessment } from '$lib/domain/exchange/test-assessments';
import { findConflicts } from '$lib/domain/sync/conflicts';
import { stampChanges } from '$lib/domain/sync/stamp';
import { mergeAssessments } from '$lib/domain/sync/merge';
import { getDb, TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { conflicts, storedConflict } from './conflicts-repository';

let n = 0;
const save = (a: Assessment, edit: (a: Assessment, now: string) => Assessment, now: string) => stampChanges(a, edit(a, now), now);
const base = makeAssessment({}, 'a-1');
const here = save(base, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), '2026-11-24T10:00:00.000Z');
const file = save(base, (a, now) => rate(a, 'strategy.rule.1', 'partly', now), '2026-11-23T10:00:00.000Z');
const [conflict] = findConflicts(here, file, new Set());
const id = `a-1 ${conflict.key}`;

beforeEach(async () => {
  useDb(new TesseraDb(`conflicts-test-${++n}`));
  await assessments.save(mergeAssessments(here, file));
  await getDb().conflicts.put(storedConflict('a-1', conflict, 'file.json', '2026-11-24T11:00:00.000Z'));
});

describe('conflicts repository', () => {
  it('puts the other version in place and closes the conflict', async () => {
    await conflicts.keepOther(id, '2026-11-24T12:00:00.000Z');
    expect((await assessments.get('a-1'))?.responses['strategy.rule.1']?.rating).toBe('partly');
    expect(await getDb().conflicts.count()).toBe(0);
  });

  it('keeps the current version and closes the conflict', async () => {
    const before = await assessments.get('a-1');
    await conflicts.keepCurrent(id);
    expect(await assessments.get('a-1')).toEqual(before);
    expect(await getDb().conflicts.count()).toBe(0);
  });

  it('goes with its assessment when that is deleted, and comes back with undo', async () => {
    const removed = await assessments.remove('a-1');
    expect(await getDb().conflicts.count()).toBe(0);
    await assessments.restore(removed!);
    expect(await getDb().conflicts.count()).toBe(1);
  });
});
