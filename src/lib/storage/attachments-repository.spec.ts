import type { Observable } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeAttachment, testBytes } from '$lib/domain/evidence/test-attachments';
import { TesseraDb, useDb } from './db';
import { attachments } from './attachments-repository';

let n = 0;
beforeEach(() => useDb(new TesseraDb(`attachments-test-${++n}`)));

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
/** The first value a live query emits. */
const next = <T>(observable: Observable<T>) =>
  new Promise<T>((resolve, reject) => {
    const sub = observable.subscribe({
      next: (value) => {
        resolve(value);
        queueMicrotask(() => sub.unsubscribe());
      },
      error: reject
    });
  });

describe('attachments repository', () => {
  it('stores a Blob and gives back the same bytes and type', async () => {
    const bytes = testBytes(5000, 3);
    await attachments.add(await makeAttachment({}, bytes));
    const stored = await attachments.get('att-1');
    expect(stored?.blob.type).toBe('image/png');
    expect(await bytesOf(stored!.blob)).toEqual(bytes);
    expect(stored?.size).toBe(5000);
  });

  it('lists a rule’s attachments oldest first, and no other rule’s', async () => {
    await attachments.add(await makeAttachment({ id: 'late', createdAt: '2026-11-20T12:00:00.000Z' }));
    await attachments.add(await makeAttachment({ id: 'early', createdAt: '2026-11-20T09:00:00.000Z' }));
    await attachments.add(await makeAttachment({ id: 'other-rule', ruleId: 'strategy.rule.2' }));
    await attachments.add(await makeAttachment({ id: 'other-assessment', assessmentId: 'a-2' }));
    const list = await next(attachments.watchForRule('a-1', 'strategy.rule.1'));
    expect(list.map((a) => a.id)).toEqual(['early', 'late']);
    expect(await attachments.countForRule('a-1', 'strategy.rule.1')).toBe(2);
    expect((await attachments.listFor(['a-1'])).map((a) => a.id).sort()).toEqual(['early', 'late', 'other-rule']);
  });

  it('changes a caption and stamps the change', async () => {
    await attachments.add(await makeAttachment());
    await attachments.setCaption('att-1', 'Post-its, wall 2', '2026-11-21T08:00:00.000Z');
    expect(await attachments.get('att-1')).toMatchObject({ caption: 'Post-its, wall 2', updatedAt: '2026-11-21T08:00:00.000Z' });
  });

  it('refuses a caption for an attachment deleted meanwhile', async () => {
    await expect(attachments.setCaption('gone', 'x', '2026-11-21T08:00:00.000Z')).rejects.toThrow(/not found/);
  });

  it('removes an attachment and restores it unchanged', async () => {
    const bytes = testBytes(300, 5);
    await attachments.add(await makeAttachment({}, bytes));
    const removed = await attachments.remove('att-1');
    expect(await attachments.get('att-1')).toBeUndefined();
    await attachments.restore(removed!);
    const back = await attachments.get('att-1');
    expect({ ...back, blob: null }).toEqual({ ...removed, blob: null });
    expect(await bytesOf(back!.blob)).toEqual(bytes);
  });

  it('adds up what attachments take, thumbnails included', async () => {
    expect(await attachments.usage()).toEqual({ count: 0, bytes: 0 });
    await attachments.add(await makeAttachment({ id: 'a' }, testBytes(1000)));
    await attachments.add(await makeAttachment({ id: 'b', thumbnail: new Blob([testBytes(100)]) }, testBytes(2000)));
    expect(await attachments.usage()).toEqual({ count: 2, bytes: 3100 });
  });

  it('keeps a thumbnail without counting it as a change', async () => {
    await attachments.add(await makeAttachment());
    await attachments.setThumbnail('att-1', new Blob([testBytes(10)], { type: 'image/webp' }));
    const stored = await attachments.get('att-1');
    expect(stored?.thumbnail?.size).toBe(10);
    expect(stored?.updatedAt).toBe('2026-11-20T10:00:00.000Z');
  });
});
