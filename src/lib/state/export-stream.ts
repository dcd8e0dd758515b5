import { base64Ascii } from '$lib/domain/evidence/base64';
import { toJsonParts, type ExportEnvelope } from '$lib/domain/exchange';
import type { ProgressListener } from '$lib/domain/exchange';

/** Bytes of a photo read and encoded at once: a multiple of 3, so only the last chunk's base64 is padded. */
export const CHUNK_BYTES = 3 * 256 * 1024;

/** Text gathered before it becomes a Blob: small parts are cheap, one Blob per record is not. */
const TEXT_BYTES = 1 << 20;

export interface ExportStreamOptions {
  onProgress?: ProgressListener;
  /** Aborting it stops the export between two chunks; the promise then rejects with its reason. */
  signal?: AbortSignal;
}

/**
 * The export file as a Blob built from parts: the text of each record, and each photo's base64 in
 * chunks of ~1 MB, each photo read from storage on its turn and slice by slice. No string ever
 * holds the whole file, nor a whole photo's base64: a backup of hundreds of photos fits in the
 * memory of a tablet. `blobs` holds the bytes of each attachment of `envelope`, by id. The result
 * is byte for byte `toJson(envelope)` with the data filled in (export-stream.spec.ts).
 */
export async function exportBlob(envelope: ExportEnvelope, blobs: ReadonlyMap<string, Blob>, options: ExportStreamOptions = {}): Promise<Blob> {
  const { onProgress, signal } = options;
  const blobParts: Blob[] = [];
  let text: string[] = [];
  let textLength = 0;
  const flushText = () => {
    if (text.length > 0) blobParts.push(new Blob(text));
    text = [];
    textLength = 0;
  };
  const total = envelope.attachments.length;
  const totalBytes = envelope.attachments.reduce((sum, a) => sum + a.size, 0);
  let done = 0;
  let bytes = 0;
  onProgress?.({ step: 'writing', done, total, bytes, totalBytes });
  for (const part of toJsonParts(envelope)) {
    if (typeof part === 'string') {
      text.push(part);
      textLength += part.length;
      if (textLength >= TEXT_BYTES) flushText();
      continue;
    }
    flushText();
    const { id, size } = envelope.attachments[part.attachment];
    const blob = blobs.get(id);
    if (!blob || blob.size !== size) throw new Error(`The bytes of attachment ${id} changed during the export`);
    for (let start = 0; start < size; start += CHUNK_BYTES) {
      signal?.throwIfAborted();
      const chunk = new Uint8Array(await blob.slice(start, start + CHUNK_BYTES).arrayBuffer());
      blobParts.push(new Blob([base64Ascii(chunk)]));
      bytes += chunk.length;
      onProgress?.({ step: 'writing', done, total, bytes, totalBytes });
    }
    done++;
    onProgress?.({ step: 'writing', done, total, bytes, totalBytes });
  }
  flushText();
  signal?.throwIfAborted();
  return new Blob(blobParts, { type: 'application/json' });
}
