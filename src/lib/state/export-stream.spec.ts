import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '$lib/domain/evidence/base64';
import { makeAttachment, testBytes } from '$lib/domain/evidence/test-attachments';
import { metaOf } from '$lib/domain/evidence/types';
import { serializeExport, toJson } from '$lib/domain/exchange';
import { makeAssessment, testNow } from '$lib/domain/exchange/test-assessments';
import { CHUNK_BYTES, exportBlob } from './export-stream';
import type { WorkProgress } from '$lib/domain/exchange';

/** Photos of these sizes, as an envelope with their base64 (what toJson writes) and their Blobs. */
async function photos(...sizes: number[]) {
  const stored = await Promise.all(sizes.map((size, i) => makeAttachment({ id: `p-${i}`, assessmentId: 'a-1' }, testBytes(size, i + 3))));
  const withData = await Promise.all(stored.map(async (a) => ({ ...metaOf(a), data: bytesToBase64(new Uint8Array(await a.blob.arrayBuffer())) })));
  const options = { appVersion: '0.1.0', now: testNow };
  const assessments = [makeAssessment({ serviceName: 'Αίτηση «άδειας» 😀' })];
  return {
    full: serializeExport(assessments, { ...options, attachments: withData }),
    empty: serializeExport(assessments, { ...options, attachments: withData.map((a) => ({ ...a, data: '' })) }),
    blobs: new Map(stored.map((a) => [a.id, a.blob]))
  };
}

describe('exportBlob', () => {
  it('writes the file byte for byte as toJson does, photos of every length across chunk boundaries', async () => {
    const { full, empty, blobs } = await photos(0, 1, 2, 3, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES * 2 + 1);
    const blob = await exportBlob(empty, blobs);
    const expected = toJson(full);
    // Same length in bytes and same text: the same bytes (vitest's toEqual on megabytes is slow).
    expect(blob.size).toBe(new TextEncoder().encode(expected).length);
    expect((await blob.text()) === expected).toBe(true);
    expect(blob.type).toBe('application/json');
  });

  it('tells how many photos and bytes are done, ending with all of them', async () => {
    const { empty, blobs } = await photos(10, CHUNK_BYTES + 10);
    const seen: WorkProgress[] = [];
    await exportBlob(empty, blobs, { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ step: 'writing', done: 0, total: 2, bytes: 0, totalBytes: CHUNK_BYTES + 20 });
    expect(seen.at(-1)).toEqual({ step: 'writing', done: 2, total: 2, bytes: CHUNK_BYTES + 20, totalBytes: CHUNK_BYTES + 20 });
    expect(seen.map((p) => p.bytes)).toEqual([...seen.map((p) => p.bytes)].sort((a, b) => a - b));
  });

  it('stops when cancelled, with the abort reason', async () => {
    const { empty, blobs } = await photos(10, 10, 10);
    const controller = new AbortController();
    const run = exportBlob(empty, blobs, { signal: controller.signal, onProgress: (p) => p.done === 1 && controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses to write a photo whose stored bytes are not the size it says', async () => {
    const { empty, blobs } = await photos(10);
    blobs.set('p-0', new Blob([new Uint8Array(9)]));
    await expect(exportBlob(empty, blobs)).rejects.toThrow(/p-0/);
  });
});
