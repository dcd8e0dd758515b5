import { base64ToBytes } from '../evidence/base64';
import { sha256Hex } from '../evidence/sha256';
import type { AttachmentMeta } from '../evidence/types';
import { metaOf } from '../evidence/types';
import type { ExportedAttachment } from './envelope';
import { MAX_ERRORS, type ExchangeError } from './errors';

/** An attachment of an imported file whose bytes matched its size and SHA-256, kept as a Blob. */
export interface IncomingAttachment extends AttachmentMeta {
  blob: Blob;
}

export type DecodeResult = { ok: true; attachments: IncomingAttachment[] } | { ok: false; errors: ExchangeError[] };

/** One attachment decoded and verified, or why not. */
export type DecodedAttachment = { ok: true; attachment: IncomingAttachment } | { ok: false; error: ExchangeError };

export const mismatch = (
  n: number,
  field: 'size' | 'sha256' | 'data',
  detail: 'bad-size' | 'bad-hash' | 'bad-data',
  value: string | number,
  expected?: string | number
): ExchangeError => ({
  code: 'invalid',
  detail,
  params: expected === undefined ? { value } : { value, expected },
  path: { attachment: n, field }
});

/**
 * Decodes the base64 of attachment `n` (counting from 1) and checks that the bytes are exactly as
 * described: as many as `size` says, with the SHA-256 that `sha256` says. The bytes live only
 * until they are in a Blob, so one photo at a time is held as bytes.
 */
export async function decodeAttachment(n: number, meta: AttachmentMeta, data: string): Promise<DecodedAttachment> {
  // Checked as it is decoded, in one pass over the text.
  const bytes = base64ToBytes(data);
  if (!bytes) return { ok: false, error: mismatch(n, 'data', 'bad-data', '') };
  if (bytes.length !== meta.size) return { ok: false, error: mismatch(n, 'size', 'bad-size', meta.size, bytes.length) };
  const hash = await sha256Hex(bytes);
  if (hash !== meta.sha256) return { ok: false, error: mismatch(n, 'sha256', 'bad-hash', meta.sha256, hash) };
  return { ok: true, attachment: { ...metaOf(meta), blob: new Blob([bytes], { type: meta.type }) } };
}

/**
 * Decodes and verifies every attachment of a parsed file. One damaged or altered attachment
 * refuses the whole file (all errors are listed, up to MAX_ERRORS), so an import never stores
 * bytes nobody vouched for.
 */
export async function decodeAttachments(list: readonly ExportedAttachment[]): Promise<DecodeResult> {
  const errors: ExchangeError[] = [];
  const attachments: IncomingAttachment[] = [];
  for (const [i, a] of list.entries()) {
    if (errors.length >= MAX_ERRORS) break;
    const decoded = await decodeAttachment(i + 1, a, a.data);
    if (decoded.ok) attachments.push(decoded.attachment);
    else errors.push(decoded.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, attachments };
}
