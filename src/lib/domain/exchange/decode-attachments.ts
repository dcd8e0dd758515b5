import { base64ToBytes, decodedLength } from '../evidence/base64';
import { sha256Hex } from '../evidence/sha256';
import type { AttachmentMeta } from '../evidence/types';
import { metaOf } from '../evidence/types';
import type { ExportedAttachment } from './envelope';
import { MAX_ERRORS, type ExchangeError } from './errors';

/** An attachment of an imported file whose bytes matched its size and SHA-256. */
export interface IncomingAttachment extends AttachmentMeta {
  bytes: Uint8Array<ArrayBuffer>;
}

export type DecodeResult = { ok: true; attachments: IncomingAttachment[] } | { ok: false; errors: ExchangeError[] };

const mismatch = (n: number, field: 'size' | 'sha256' | 'data', detail: 'bad-size' | 'bad-hash' | 'bad-data', value: string | number, expected?: string | number): ExchangeError => ({
  code: 'invalid',
  detail,
  params: expected === undefined ? { value } : { value, expected },
  path: { attachment: n, field }
});

/**
 * Decodes each attachment's base64 and checks that the bytes are exactly as described: as many
 * as `size` says, with the SHA-256 that `sha256` says. One damaged or altered attachment refuses
 * the whole file (all errors are listed), so an import never stores bytes nobody vouched for.
 */
export async function decodeAttachments(list: readonly ExportedAttachment[]): Promise<DecodeResult> {
  const errors: ExchangeError[] = [];
  const attachments: IncomingAttachment[] = [];
  for (const [i, a] of list.entries()) {
    if (errors.length >= MAX_ERRORS) break;
    const n = i + 1;
    // The length is known from the text alone: no need to decode a file that is the wrong size.
    const length = decodedLength(a.data);
    if (length !== a.size) {
      errors.push(mismatch(n, 'size', 'bad-size', a.size, length));
      continue;
    }
    const bytes = base64ToBytes(a.data);
    if (!bytes) {
      errors.push(mismatch(n, 'data', 'bad-data', ''));
      continue;
    }
    const hash = await sha256Hex(bytes);
    if (hash !== a.sha256) {
      errors.push(mismatch(n, 'sha256', 'bad-hash', a.sha256, hash));
      continue;
    }
    attachments.push({ ...metaOf(a), bytes });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, attachments };
}
