import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { rate } from '$lib/domain/assessment/edits';
import type { Assessment } from '$lib/domain/assessment/types';
import { MAX_FILE_BYTES, serializeExport, toJson } from '$lib/domain/exchange';
import { makeAssessment, testNow } from '$lib/domain/exchange/test-assessments';
import { assessments } from '$lib/storage/assessments-repository';
import { attachments } from '$lib/storage/attachments-repository';
import { snapshots } from '$lib/storage/snapshots-repository';
import { getDb, TesseraDb, useDb } from '$lib/storage/db';
import { ImportSession, type IncomingFile } from './import-session.svelte';

let n = 0;
beforeEach(() => useDb(new TesseraDb(`session-test-${++n}`)));

const fixtures = fileURLToPath(new URL('../../../tests/fixtures/exchange/', import.meta.url));
const snapshot = async () => JSON.stringify(await getDb().assessments.toArray());
const fileOf = (text: string, name = 'shared.tessera.json', size?: number): IncomingFile => {
  const blob = new Blob([text]);
  return { name, size: size ?? blob.size, slice: (start, end) => blob.slice(start, end) };
};
const exported = (...list: Assessment[]) => fileOf(toJson(serializeExport(list, { appVersion: '0.1.0', now: testNow })));

const stored = makeAssessment({}, 'a-1');
const newer = rate(stored, 'operation.rule.1', 'fully', '2026-11-22T10:00:00.000Z');
const fresh = makeAssessment({ serviceName: 'Νέα υπηρεσία' }, 'a-new');

describe('ImportSession', () => {
  beforeEach(() => assessments.save(stored));

  it('shows what a file holds, with merge chosen for a changed assessment, before writing anything', async () => {
    const before = await snapshot();
    const session = new ImportSession();
    await session.open(exported(fresh, newer));
    const phase = session.phase;
    if (phase.kind !== 'preview') throw new Error(phase.kind);
    expect(phase.items.map((i) => [i.assessment.id, i.status, i.choice])).toEqual([
      ['a-new', 'new', 'merge'],
      ['a-1', 'newer', 'merge']
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('skips an identical assessment by default', async () => {
    const session = new ImportSession();
    await session.open(exported(stored));
    expect(session.phase.kind === 'preview' && session.phase.items[0].choice).toBe('skip');
  });

  it('imports as chosen and can undo it once', async () => {
    const before = await snapshot();
    const session = new ImportSession();
    await session.open(exported(fresh, newer));
    session.choose(1, 'keep-both');
    session.choose(0, 'skip'); // ignored: a new assessment has no choice to make
    await session.confirm();
    const done = session.phase;
    if (done.kind !== 'done') throw new Error(done.kind);
    expect(done.counts).toMatchObject({ added: 1, copied: 1 });
    expect(await assessments.list()).toHaveLength(3);
    await session.undo();
    expect(session.phase.kind).toBe('undone');
    expect(await snapshot()).toBe(before);
    await session.undo();
    expect(await snapshot()).toBe(before);
  });

  it('sets one choice for every stored assessment at once', async () => {
    const session = new ImportSession();
    await session.open(exported(fresh, newer));
    session.chooseForAll('replace');
    expect(session.phase.kind === 'preview' && session.phase.items.map((i) => i.choice)).toEqual(['merge', 'replace']);
  });

  it.each([
    ['bad-truncated.json', 'not-json'],
    ['bad-not-json.txt', 'not-json'],
    ['bad-wrong-format.json', 'wrong-format'],
    ['bad-newer-version.json', 'newer-version'],
    ['bad-proto.json', 'invalid'],
    ['bad-rating.json', 'invalid'],
    ['bad-attachment-hash.json', 'invalid']
  ])('refuses %s with %s and writes nothing', async (name, code) => {
    const before = await snapshot();
    const session = new ImportSession();
    await session.open(fileOf(readFileSync(`${fixtures}${name}`, 'utf8'), name));
    expect(session.phase).toMatchObject({ kind: 'refused', fileName: name, errors: [{ code }] });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a file over the size limit without reading it', async () => {
    let read = false;
    const session = new ImportSession();
    await session.open({ name: 'huge.json', size: MAX_FILE_BYTES + 1, slice: () => ((read = true), new Blob()) });
    expect(session.phase).toMatchObject({ kind: 'refused', errors: [{ code: 'too-large' }] });
    expect(read).toBe(false);
  });

  it('says so when the file cannot be read', async () => {
    const session = new ImportSession();
    await session.open({ name: 'gone.json', size: 10, slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }) });
    expect(session.phase).toEqual({ kind: 'unreadable', fileName: 'gone.json' });
  });

  it('cancels a preview without writing anything', async () => {
    const before = await snapshot();
    const session = new ImportSession();
    await session.open(exported(fresh));
    session.cancel();
    expect(session.phase).toEqual({ kind: 'cancelled', fileName: 'shared.tessera.json' });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a file opened while the import or its undo is being written', async () => {
    const session = new ImportSession();
    await session.open(exported(fresh));
    const importing = session.confirm();
    expect(session.writing).toBe(true);
    expect(await session.open(fileOf('not json', 'during-import.txt'))).toBe(false);
    await importing;
    expect(session.phase.kind).toBe('done');
    const undoing = session.undo();
    expect(await session.open(fileOf('not json', 'during-undo.txt'))).toBe(false);
    await undoing;
    expect(session.phase).toMatchObject({ kind: 'undone', fileName: 'shared.tessera.json' });
    expect(await session.open(fileOf('not json', 'after.txt'))).toBe(true);
  });

  it('stops reading a file when cancelled, and writes nothing', async () => {
    const before = await snapshot();
    const session = new ImportSession();
    let release = () => {};
    let reads = 0;
    const text = new TextEncoder().encode(toJson(serializeExport([fresh], { appVersion: '0', now: testNow })));
    const slow: IncomingFile = {
      name: 'slow.json',
      size: text.length,
      slice: (start, end) => ({ arrayBuffer: () => new Promise((r) => (release = () => (reads++, r(text.slice(start, end).buffer)))) })
    };
    const opening = session.open(slow);
    expect(session.phase).toMatchObject({ kind: 'reading', fileName: 'slow.json', progress: null });
    session.cancel();
    release();
    await opening;
    expect(session.phase).toEqual({ kind: 'cancelled', fileName: 'slow.json' });
    expect(reads).toBe(1);
    expect(await snapshot()).toBe(before);
  });

  it('shows only the last of two files opened one after the other', async () => {
    const session = new ImportSession();
    let release = () => {};
    const slow: IncomingFile = {
      name: 'slow.json',
      size: 10,
      slice: () => ({
        arrayBuffer: () =>
          new Promise((r) => (release = () => r(new TextEncoder().encode(toJson(serializeExport([fresh], { appVersion: '0', now: testNow }))).buffer)))
      })
    };
    const first = session.open(slow);
    await session.open(fileOf('not json', 'second.txt'));
    release();
    await first;
    expect(session.phase).toMatchObject({ kind: 'refused', fileName: 'second.txt' });
  });

  it('previews a file’s photos and snapshots, imports them with their assessment, and undoes them', async () => {
    const name = 'v2-with-attachment.tessera.json';
    const session = new ImportSession();
    await session.open(fileOf(readFileSync(`${fixtures}${name}`, 'utf8'), name));
    const phase = session.phase;
    if (phase.kind !== 'preview') throw new Error(phase.kind);
    expect(phase.envelope.attachments.map((a) => [a.type, a.blob.size])).toEqual([
      ['image/png', 148],
      ['application/pdf', 142]
    ]);
    expect(phase.envelope.snapshots).toHaveLength(2);
    expect(await attachments.usage()).toEqual({ count: 0, bytes: 0 });

    await session.confirm();
    expect(session.phase).toMatchObject({ kind: 'done', counts: { added: 1, attachments: 2, snapshots: 2 } });
    const id = phase.items[0].assessment.id;
    const stored = await attachments.listFor([id]);
    expect(stored.map((a) => [a.name, a.blob.type, a.blob.size])).toEqual([
      ['τοίχος-αυτοκόλλητα.png', 'image/png', 148],
      ['Πρακτικά εργαστηρίου.pdf', 'application/pdf', 142]
    ]);
    expect(new Uint8Array(await stored[0].blob.arrayBuffer())).toEqual(new Uint8Array(await phase.envelope.attachments[0].blob.arrayBuffer()));
    expect((await snapshots.listFor([id])).map((s) => s.label)).toEqual(['Δεύτερο εργαστήριο', 'Πρώτο εργαστήριο']);

    await session.undo();
    expect(await attachments.usage()).toEqual({ count: 0, bytes: 0 });
    expect(await snapshots.listFor([id])).toEqual([]);
  });

  it('says in the preview what becomes of photos and snapshots whose ids are taken, and follows the choice', async () => {
    const read = (name: string) => fileOf(readFileSync(`${fixtures}${name}`, 'utf8'), name);
    const first = new ImportSession();
    await first.open(read('v2-with-attachment.tessera.json'));
    await first.confirm();

    const takeover = new ImportSession();
    await takeover.open(read('hostile-evidence-takeover.json'));
    const phase = takeover.phase;
    if (phase.kind !== 'preview') throw new Error(phase.kind);
    expect(phase.items[0].evidence).toEqual({
      attachments: { added: 0, updated: 0, kept: 0, renamed: 1 },
      snapshots: { added: 0, here: 0, renamed: 1, changed: 0 }
    });

    const again = new ImportSession();
    await again.open(read('hostile-snapshot-changed.json'));
    const item = () => (again.phase.kind === 'preview' ? again.phase.items[0] : undefined);
    expect(item()?.choice).toBe('skip');
    expect(item()?.evidence?.snapshots).toEqual({ added: 0, here: 0, renamed: 0, changed: 0 });
    again.choose(0, 'replace');
    expect(item()?.evidence?.snapshots).toEqual({ added: 0, here: 1, renamed: 0, changed: 1 });
    again.chooseForAll('keep-both');
    expect(item()?.evidence?.snapshots).toEqual({ added: 2, here: 0, renamed: 0, changed: 0 });
  });
});
