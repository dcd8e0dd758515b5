import { beforeEach, describe, expect, it } from 'vitest';
import { rate } from '$lib/domain/assessment/edits';
import type { Assessment } from '$lib/domain/assessment/types';
import { makeAssessment, testNow } from '$lib/domain/exchange/test-assessments';
import { getDb, TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { applyImport, ChangedSinceImportError, undoImport, type ImportDecision } from './import-repository';

let n = 0;
beforeEach(() => useDb(new TesseraDb(`import-test-${++n}`)));

/** Every stored row exactly as IndexedDB holds it, in key order, as text. */
const snapshot = async () => JSON.stringify(await getDb().assessments.toArray());

const stored = makeAssessment({}, 'a-1');
const other = makeAssessment({ serviceName: 'Άλλη υπηρεσία' }, 'a-2');
const newer = rate(stored, 'operation.rule.1', 'fully', '2026-11-22T10:00:00.000Z');
const fresh = makeAssessment({ serviceName: 'Νέα υπηρεσία' }, 'a-new');
const decide = (incoming: Assessment, choice: ImportDecision['choice'], copyId = `copy-of-${incoming.id}`): ImportDecision => ({
  incoming,
  choice,
  copyId
});

describe('applyImport', () => {
  beforeEach(async () => {
    await assessments.save(stored);
    await assessments.save(other);
  });

  it('adds new assessments, merges, replaces, copies and skips as chosen, and counts each', async () => {
    const replacement = { ...other, serviceName: 'Αντικατάσταση', updatedAt: '2026-11-25T10:00:00.000Z' };
    const { counts } = await applyImport(
      [decide(fresh, 'merge'), decide(newer, 'merge'), decide(replacement, 'replace'), decide(newer, 'keep-both', 'a-copy')],
      testNow
    );
    expect(counts).toEqual({ added: 1, merged: 1, replaced: 1, copied: 1, skipped: 0 });
    expect(await assessments.get('a-new')).toEqual(fresh);
    expect((await assessments.get('a-1'))?.responses['operation.rule.1']?.rating).toBe('fully');
    expect(await assessments.get('a-2')).toEqual(replacement);
    expect(await assessments.get('a-copy')).toEqual({ ...newer, id: 'a-copy', updatedAt: testNow });
  });

  it('merges with the version stored when the import runs, not the one seen in the preview', async () => {
    const editedMeanwhile = rate(stored, 'design.rule.1', 'partly', '2026-11-23T09:00:00.000Z');
    await assessments.save(editedMeanwhile);
    await applyImport([decide(newer, 'merge')], testNow);
    const merged = await assessments.get('a-1');
    expect(merged?.responses['design.rule.1']?.rating).toBe('partly');
    expect(merged?.responses['operation.rule.1']?.rating).toBe('fully');
  });

  it('writes nothing for a skipped assessment', async () => {
    const before = await snapshot();
    const { counts, undo } = await applyImport([decide(newer, 'skip')], testNow);
    expect(counts.skipped).toBe(1);
    expect(undo.written).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('writes nothing at all when one of the writes fails', async () => {
    const before = await snapshot();
    // A function cannot be stored in IndexedDB: the third put fails with a DataCloneError.
    const unstorable = { ...makeAssessment({}, 'a-bad'), description: (() => 'x') as unknown as string };
    const attempt = applyImport([decide(fresh, 'merge'), decide(newer, 'replace'), decide(unstorable, 'merge')], testNow);
    await expect(attempt).rejects.toThrow();
    expect(await snapshot()).toBe(before);
    expect(await assessments.get('a-new')).toBeUndefined();
  });
});

describe('undoImport', () => {
  beforeEach(async () => {
    await assessments.save(stored);
    await assessments.save(other);
  });

  it('restores the stored assessments byte for byte and removes the added ones', async () => {
    const before = await snapshot();
    const replacement = { ...other, serviceName: 'Αντικατάσταση' };
    const { undo } = await applyImport(
      [decide(fresh, 'merge'), decide(newer, 'merge'), decide(replacement, 'replace'), decide(newer, 'keep-both')],
      testNow
    );
    expect(await snapshot()).not.toBe(before);
    await undoImport(undo);
    expect(await snapshot()).toBe(before);
  });

  it('refuses to undo, and changes nothing, when an imported assessment was edited since', async () => {
    const { undo } = await applyImport([decide(fresh, 'merge'), decide(newer, 'merge')], testNow);
    await assessments.update('a-1', (a) => rate(a, 'strategy.rule.7', 'partly', '2026-11-23T11:00:00.000Z'));
    const afterEdit = await snapshot();
    await expect(undoImport(undo)).rejects.toBeInstanceOf(ChangedSinceImportError);
    expect(await snapshot()).toBe(afterEdit);
  });

  it('undoes an import that removed nothing and added nothing without complaint', async () => {
    const before = await snapshot();
    const { undo } = await applyImport([decide(stored, 'skip')], testNow);
    await undoImport(undo);
    expect(await snapshot()).toBe(before);
  });
});
