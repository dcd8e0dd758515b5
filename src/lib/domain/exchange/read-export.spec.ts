import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../evidence/base64';
import { makeAttachment, testBytes } from '../evidence/test-attachments';
import { metaOf } from '../evidence/types';
import { decodeAttachments } from './decode-attachments';
import type { ExportEnvelope } from './envelope';
import { limits } from './limits';
import { parseExport } from './parse';
import type { WorkProgress } from './progress';
import { bytesSource, READ_BYTES, readExport, readExportFrom, type ExportSource } from './read-export';
import { serializeExport, toJson } from './serialize';
import { makeAssessment, testNow } from './test-assessments';

async function photo(id: string, length: number, seed = 1) {
  const bytes = testBytes(length, seed);
  return { ...metaOf(await makeAttachment({ id }, bytes)), data: bytesToBase64(bytes) };
}

async function envelopeWith(...sizes: number[]): Promise<ExportEnvelope> {
  const attachments = await Promise.all(sizes.map((size, i) => photo(`p-${i + 1}`, size, i + 2)));
  return serializeExport([makeAssessment()], { appVersion: '0.1.0', now: testNow, attachments });
}

/** A source that counts the largest piece read at once. */
function countingSource(bytes: Uint8Array): ExportSource & { largest: number } {
  const source = {
    size: bytes.length,
    largest: 0,
    read: async (start: number, end: number) => {
      source.largest = Math.max(source.largest, end - start);
      return bytes.subarray(start, end);
    }
  };
  return source;
}

const blobBytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('readExportFrom', () => {
  it('reads a file as parse + decode did, each photo’s bytes kept as a Blob', async () => {
    const envelope = await envelopeWith(0, 1, 5000, 70_000);
    const text = toJson(envelope);
    const result = await readExport(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const parsed = parseExport(text);
    const decoded = parsed.ok && (await decodeAttachments(parsed.envelope.attachments));
    if (!parsed.ok || !decoded || !decoded.ok) throw new Error('the reference read failed');
    expect({ ...result.envelope, attachments: [] }).toEqual({ ...parsed.envelope, attachments: [] });
    expect(result.envelope.attachments.map((a) => metaOf(a))).toEqual(envelope.attachments.map((a) => metaOf(a)));
    for (const [i, a] of result.envelope.attachments.entries()) {
      expect(await blobBytes(a.blob)).toEqual(await blobBytes(decoded.attachments[i].blob));
      expect(a.blob.type).toBe('image/png');
    }
  });

  it('reads the file in pieces and each photo on its own, never the whole file at once', async () => {
    const envelope = await envelopeWith(...Array.from({ length: 12 }, () => 600_000));
    const bytes = new TextEncoder().encode(toJson(envelope));
    expect(bytes.length).toBeGreaterThan(2 * READ_BYTES);
    const source = countingSource(bytes);
    const result = await readExportFrom(source);
    expect(result.ok).toBe(true);
    expect(source.largest).toBeLessThanOrEqual(READ_BYTES);
  });

  it('tells how much was read, then how many photos were checked', async () => {
    const envelope = await envelopeWith(100, 300);
    const seen: WorkProgress[] = [];
    await readExportFrom(bytesSource(new TextEncoder().encode(toJson(envelope))), { onProgress: (p) => seen.push(p) });
    expect(seen.filter((p) => p.step === 'checking')).toEqual([
      { step: 'checking', done: 0, total: 2, bytes: 0, totalBytes: 400 },
      { step: 'checking', done: 1, total: 2, bytes: 100, totalBytes: 400 },
      { step: 'checking', done: 2, total: 2, bytes: 400, totalBytes: 400 }
    ]);
    expect(seen[0]).toMatchObject({ step: 'reading', bytes: seen[0].totalBytes });
  });

  it('stops when cancelled, with the abort reason', async () => {
    const envelope = await envelopeWith(100, 100, 100);
    const controller = new AbortController();
    const onProgress = (p: WorkProgress) => p.step === 'checking' && p.done === 1 && controller.abort();
    const run = readExportFrom(bytesSource(new TextEncoder().encode(toJson(envelope))), { onProgress, signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  describe('refuses a damaged or hostile file, naming the attachment', () => {
    const withPhoto = async (change: (a: ExportEnvelope['attachments'][number]) => object) => {
      const envelope = await envelopeWith(100, 90);
      return toJson({ ...envelope, attachments: [envelope.attachments[0], { ...envelope.attachments[1], ...change(envelope.attachments[1]) }] });
    };
    const refusal = async (text: string) => {
      const result = await readExport(text);
      if (result.ok) throw new Error('accepted');
      return result.errors;
    };

    it('bytes that do not match their hash', async () => {
      const changed = testBytes(90, 3);
      changed[40] ^= 1;
      const errors = await refusal(await withPhoto(() => ({ data: bytesToBase64(changed) })));
      expect(errors).toEqual([expect.objectContaining({ detail: 'bad-hash', path: { attachment: 2, field: 'sha256' } })]);
    });

    it('base64 cut short', async () => {
      const errors = await refusal(await withPhoto((a) => ({ data: a.data.slice(0, 40) })));
      expect(errors).toEqual([expect.objectContaining({ detail: 'bad-size', params: { value: 90, expected: 30 }, path: { attachment: 2, field: 'size' } })]);
    });

    it('data that is not base64', async () => {
      const errors = await refusal(await withPhoto((a) => ({ data: `${a.data.slice(0, -4)}!!!!` })));
      expect(errors).toEqual([expect.objectContaining({ detail: 'bad-data', path: { attachment: 2, field: 'data' } })]);
    });

    it('data longer than any attachment may be, without decoding it', async () => {
      const data = 'A'.repeat(limits.attachmentDataLength + 4);
      const errors = await refusal(await withPhoto(() => ({ data })));
      expect(errors).toEqual([expect.objectContaining({ detail: 'too-long', path: { attachment: 2, field: 'data' } })]);
    });

    it('an attachment id used twice', async () => {
      const errors = await refusal(await withPhoto(() => ({ id: 'p-1' })));
      expect(errors).toEqual([expect.objectContaining({ code: 'invalid', detail: 'duplicate-id', path: { field: 'attachments' } })]);
    });

    it('more attachments than a file may hold', async () => {
      const envelope = await envelopeWith(3);
      const many = Array.from({ length: limits.attachments + 1 }, (_, i) => ({ ...envelope.attachments[0], id: `p-${i}` }));
      const errors = await refusal(toJson({ ...envelope, attachments: many }));
      expect(errors).toEqual([expect.objectContaining({ code: 'too-many', params: { count: limits.attachments + 1, max: limits.attachments } })]);
    });

    it('a file cut off in the middle of a photo', async () => {
      const text = toJson(await envelopeWith(100, 3000));
      const errors = await refusal(text.slice(0, text.length - 2000));
      expect(errors).toEqual([expect.objectContaining({ code: 'not-json' })]);
    });
  });

  it('reads base64 written with JSON escapes as JSON.parse would', async () => {
    const envelope = await envelopeWith(90);
    // The PNG signature’s base64 starts "iVBOR": write its first two letters as JSON escapes.
    const escaped = envelope.attachments[0].data.replace(/^iV/, '\\u0069\\u0056');
    const text = toJson(envelope).replace(envelope.attachments[0].data, escaped);
    expect(text).toContain('"\\u0069\\u0056BOR');
    const result = await readExport(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(await blobBytes(result.envelope.attachments[0].blob)).toEqual(testBytes(90, 2));
  });
});
