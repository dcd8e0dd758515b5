import type { RuleId } from '../methodology/types';
import { sha256Hex } from './sha256';
import type { Attachment } from './types';

/** Bytes that stand for a small image in tests: a real PNG signature followed by a pattern. */
export function testBytes(length = 64, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  for (let i = 0; i < length; i++) bytes[i] = i < signature.length ? signature[i] : (i * seed + 7) & 0xff;
  return bytes;
}

/** A stored attachment of `assessmentId`'s rule with real bytes, size and hash. */
export async function makeAttachment(overrides: Partial<Attachment> = {}, bytes: Uint8Array<ArrayBuffer> = testBytes()): Promise<Attachment> {
  const ruleId: RuleId = 'strategy.rule.1';
  return {
    id: 'att-1',
    assessmentId: 'a-1',
    ruleId,
    name: 'whiteboard.png',
    type: 'image/png',
    size: bytes.length,
    sha256: await sha256Hex(bytes),
    caption: 'Ο πίνακας μετά το εργαστήριο',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    blob: new Blob([bytes], { type: 'image/png' }),
    thumbnail: null,
    ...overrides
  };
}
