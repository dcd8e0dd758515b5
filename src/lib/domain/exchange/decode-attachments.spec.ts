import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../evidence/base64';
import { sha256Hex } from '../evidence/sha256';
import { testBytes } from '../evidence/test-attachments';
import { decodeAttachments } from './decode-attachments';
import type { ExportedAttachment } from './envelope';

async function exported(id: string, bytes: Uint8Array<ArrayBuffer>): Promise<ExportedAttachment> {
  return {
    id,
    assessmentId: 'a-1',
    ruleId: 'strategy.rule.1',
    name: `${id}.png`,
    type: 'image/png',
    size: bytes.length,
    sha256: await sha256Hex(bytes),
    caption: '',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    data: bytesToBase64(bytes)
  };
}

describe('decodeAttachments', () => {
  it('gives back the bytes of attachments whose size and hash match', async () => {
    const bytes = testBytes(1000, 3);
    const result = await decodeAttachments([await exported('one', bytes), await exported('two', testBytes(10))]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.attachments.map((a) => a.id)).toEqual(['one', 'two']);
    expect(new Uint8Array(await result.attachments[0].blob.arrayBuffer())).toEqual(bytes);
    expect(result.attachments[0].blob.type).toBe('image/png');
    expect(result.attachments[0]).not.toHaveProperty('data');
  });

  it('refuses bytes changed after the export, saying which attachment', async () => {
    const good = await exported('good', testBytes(100));
    const tampered = await exported('tampered', testBytes(100));
    const bytes = testBytes(100);
    bytes[50] ^= 1;
    const result = await decodeAttachments([good, { ...tampered, data: bytesToBase64(bytes) }]);
    expect(result).toEqual({
      ok: false,
      errors: [
        { code: 'invalid', detail: 'bad-hash', params: { value: tampered.sha256, expected: await sha256Hex(bytes) }, path: { attachment: 2, field: 'sha256' } }
      ]
    });
  });

  it('refuses an attachment whose size does not match its bytes, before hashing', async () => {
    const a = await exported('a', testBytes(100));
    const result = await decodeAttachments([{ ...a, size: 99 }]);
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ detail: 'bad-size', params: { value: 99, expected: 100 }, path: { attachment: 1, field: 'size' } })
    ]);
  });

  it('lists every bad attachment, not just the first', async () => {
    const a = await exported('a', testBytes(10));
    const result = await decodeAttachments([
      { ...a, sha256: '0'.repeat(64) },
      { ...a, id: 'b', size: 11 }
    ]);
    expect(!result.ok && result.errors.map((e) => e.detail)).toEqual(['bad-hash', 'bad-size']);
  });

  it('accepts an empty file as an attachment of no bytes', async () => {
    const result = await decodeAttachments([await exported('empty', new Uint8Array(0))]);
    expect(result.ok && result.attachments[0].blob.size).toBe(0);
  });
});
