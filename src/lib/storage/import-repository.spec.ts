import { beforeEach, describe, expect, it } from 'vitest';
import { rate } from '$lib/domain/assessment/edits';
import { stampChanges } from '$lib/domain/sync/stamp';
import { exchanged } from './exchanged-repository';
import type { Assessment } from '$lib/domain/assessment/types';
import { makeAssessment, testNow } from '$lib/domain/exchange/test-assessments';
import { makeAttachment, testBytes } from '$lib/domain/evidence/test-attachments';
import { closeWorkshop } from '$lib/domain/history/snapshot';
import { getDb, TesseraDb, useDb } from './db';
import { attachments } from './attachments-repository';
import { snapshots } from './snapshots-repository';
import { assessments } from './assessments-repository';
import { applyImport, ChangedSinceImportError, undoImport, type ImportDecision } from './import-repository';

let n = 0;
beforeEach(() => useDb(new TesseraDb(`import-test-${++n}`)));

/** Every stored row of every table, in key order, as text (Blobs as their bytes). */
const snapshot = async () => {
  const db = getDb();
  const files = await Promise.all(
    (await db.attachments.toArray()).map(async (a) => ({ ...a, blob: Buffer.from(await a.blob.arrayBuffer()).toString('base64') }))
  );
  return JSON.stringify([await db.assessments.toArray(), files, await db.snapshots.toArray()]);
};

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
    expect(counts).toEqual({ added: 1, merged: 1, replaced: 1, copied: 1, skipped: 0, attachments: 0, snapshots: 0, conflicts: 0 });
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
    const { undo } = await applyImport([decide(fresh, 'merge'), decide(newer, 'merge'), decide(replacement, 'replace'), decide(newer, 'keep-both')], testNow);
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

describe('importing photos, files and snapshots', () => {
  const photo = (id: string, assessmentId: string, extra = {}) => makeAttachment({ id, assessmentId, ...extra }, testBytes(500, id.length));
  const history = (a: Assessment, id: string) => closeWorkshop(a, id, 'Workshop', '2026-11-20T16:00:00.000Z').snapshot;

  beforeEach(async () => {
    await assessments.save(stored);
    await attachments.add(await photo('here', 'a-1', { caption: 'mine', updatedAt: '2026-11-21T10:00:00.000Z' }));
  });

  it('stores them with their assessment, in the same transaction, and counts them', async () => {
    const evidence = { attachments: [await photo('p-new', 'a-new')], snapshots: [history(fresh, 's-new')] };
    const { counts } = await applyImport([{ ...decide(fresh, 'merge'), evidence }], testNow);
    expect(counts).toMatchObject({ added: 1, attachments: 1, snapshots: 1 });
    const back = await attachments.get('p-new');
    expect(new Uint8Array(await back!.blob.arrayBuffer())).toEqual(testBytes(500, 5));
    expect(await snapshots.get('s-new')).toEqual(evidence.snapshots[0]);
  });

  it('stores nothing of a skipped assessment', async () => {
    const before = await snapshot();
    const evidence = { attachments: [await photo('p-2', 'a-1')], snapshots: [history(stored, 's-1')] };
    await applyImport([{ ...decide(newer, 'skip'), evidence }], testNow);
    expect(await snapshot()).toBe(before);
  });

  it('never deletes a photo stored here, even when replacing the assessment with a file that has none', async () => {
    await applyImport([{ ...decide(newer, 'replace'), evidence: { attachments: [], snapshots: [] } }], testNow);
    expect(await attachments.get('here')).toBeDefined();
  });

  it('keeps the caption changed last when merging the same photo', async () => {
    const older = await photo('here', 'a-1', { caption: 'from the file', updatedAt: '2026-11-20T10:00:00.000Z' });
    await applyImport([{ ...decide(newer, 'merge'), evidence: { attachments: [older], snapshots: [] } }], testNow);
    expect((await attachments.get('here'))?.caption).toBe('mine');
    const later = { ...older, updatedAt: '2026-11-22T10:00:00.000Z' };
    await applyImport([{ ...decide(newer, 'merge'), evidence: { attachments: [later], snapshots: [] } }], testNow);
    expect((await attachments.get('here'))?.caption).toBe('from the file');
  });

  it('gives a copy its own photos, leaving the original’s as they were', async () => {
    const evidence = { attachments: [await photo('here', 'a-1', { caption: 'from the file' })], snapshots: [history(newer, 's-1')] };
    let n = 0;
    await applyImport([{ ...decide(newer, 'keep-both', 'a-copy'), evidence }], testNow, () => `copy-${++n}`);
    expect((await attachments.get('here'))?.caption).toBe('mine');
    expect(await attachments.get('copy-1')).toMatchObject({ assessmentId: 'a-copy', caption: 'from the file' });
    expect(await snapshots.get('copy-2')).toMatchObject({ assessmentId: 'a-copy', assessment: { id: 'a-copy' } });
    expect(await snapshots.get('s-1')).toBeUndefined();
  });

  it('writes nothing at all, photos included, when one write fails', async () => {
    const before = await snapshot();
    const unstorable = { ...(await photo('p-bad', 'a-new')), caption: (() => 'x') as unknown as string };
    const evidence = { attachments: [await photo('p-ok', 'a-new'), unstorable], snapshots: [] };
    await expect(applyImport([{ ...decide(fresh, 'merge'), evidence }], testNow)).rejects.toThrow();
    expect(await snapshot()).toBe(before);
  });

  it.each(['merge', 'replace'] as const)('never lets a new assessment take over another’s photo or snapshot by its id (%s)', async (choice) => {
    const theirs = history(stored, 's-theirs');
    await getDb().snapshots.add(theirs);
    const before = await snapshot();
    // A new assessment whose photo and snapshot reuse the ids of a-1's, with other bytes and a newer date.
    const clash = await makeAttachment(
      { id: 'here', assessmentId: 'a-new', name: 'other.webp', caption: 'not yours', updatedAt: '2026-11-30T10:00:00.000Z' },
      testBytes(300, 9)
    );
    const frozen = { ...history(fresh, 's-theirs') };
    let n = 0;
    const { counts, undo } = await applyImport(
      [{ ...decide(fresh, choice), evidence: { attachments: [clash], snapshots: [frozen] } }],
      testNow,
      () => `new-${++n}`
    );
    expect(counts).toMatchObject({ attachments: 1, snapshots: 1 });
    expect(await attachments.get('here')).toMatchObject({ assessmentId: 'a-1', caption: 'mine' });
    expect(await attachments.get('new-1')).toMatchObject({ assessmentId: 'a-new', name: 'other.webp', caption: 'not yours' });
    expect(await snapshots.get('s-theirs')).toEqual(theirs);
    expect(await snapshots.get('new-2')).toMatchObject({ assessmentId: 'a-new', assessment: { id: 'a-new' } });
    // Undo removes what was added under new ids, and the records that had those ids were never touched.
    await undoImport(undo);
    expect(await snapshot()).toBe(before);
  });

  it('leaves a snapshot that is here already alone, and adds a changed one of the same assessment under a new id', async () => {
    const first = history(stored, 's-1');
    await getDb().snapshots.add(first);
    const relabelled = { ...first, label: 'Renamed in the file' };
    let n = 0;
    const same = await applyImport([{ ...decide(newer, 'replace'), evidence: { attachments: [], snapshots: [{ ...first }] } }], testNow, () => `new-${++n}`);
    expect(same.counts.snapshots).toBe(0);
    const changed = await applyImport([{ ...decide(newer, 'replace'), evidence: { attachments: [], snapshots: [relabelled] } }], testNow, () => `new-${++n}`);
    expect(changed.counts.snapshots).toBe(1);
    expect(await snapshots.get('s-1')).toEqual(first);
    expect(await snapshots.get('new-1')).toMatchObject({ assessmentId: 'a-1', label: 'Renamed in the file' });
  });

  it('undoes photos, files and snapshots with the rest, byte for byte', async () => {
    const before = await snapshot();
    const changedCaption = await photo('here', 'a-1', { caption: 'newer in the file', updatedAt: '2026-11-25T10:00:00.000Z' });
    const { undo } = await applyImport(
      [
        { ...decide(fresh, 'merge'), evidence: { attachments: [await photo('p-new', 'a-new')], snapshots: [history(fresh, 's-new')] } },
        { ...decide(newer, 'merge'), evidence: { attachments: [changedCaption], snapshots: [history(newer, 's-1')] } }
      ],
      testNow
    );
    expect(await snapshot()).not.toBe(before);
    await undoImport(undo);
    expect(await snapshot()).toBe(before);
  });
});

describe('applyImport: conflicts and what was exchanged', () => {
  const save = (a: Assessment, edit: (a: Assessment, now: string) => Assessment, now: string) => stampChanges(a, edit(a, now), now);
  const here = save(stored, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), '2026-11-24T10:00:00.000Z');
  const theirs = save(stored, (a, now) => rate(a, 'strategy.rule.1', 'partly', now), '2026-11-23T10:00:00.000Z');

  beforeEach(async () => {
    await exchanged.remember([stored]);
    await assessments.save(here);
  });

  it('records a field both sides changed since the last exchange, keeping the newer value', async () => {
    const { counts } = await applyImport([decide(theirs, 'merge')], testNow, undefined, 'from-maria.json');
    expect(counts.conflicts).toBe(1);
    expect((await assessments.get('a-1'))?.responses['strategy.rule.1']?.rating).toBe('fully');
    const [conflict] = await getDb().conflicts.toArray();
    expect(conflict).toMatchObject({ assessmentId: 'a-1', key: 'r:strategy.rule.1:rating', source: 'from-maria.json', other: { value: ['partly', ''] } });
  });

  it('does not report the same file twice: what it held is remembered as exchanged', async () => {
    await applyImport([decide(theirs, 'merge')], testNow);
    await getDb().conflicts.clear();
    const { counts } = await applyImport([decide(theirs, 'merge')], testNow);
    expect(counts.conflicts).toBe(0);
  });

  it('takes the conflicts and the record of the exchange back on undo', async () => {
    const before = await getDb().exchanged.toArray();
    const { undo } = await applyImport([decide(theirs, 'merge')], testNow);
    await undoImport(undo);
    expect(await getDb().conflicts.count()).toBe(0);
    expect(await getDb().exchanged.toArray()).toEqual(before);
    expect(await assessments.get('a-1')).toEqual(here);
  });
});
