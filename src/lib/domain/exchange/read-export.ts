import { AttachmentDataScanner, type DataSpan } from './attachment-data-scanner';
import { decodeAttachment, type IncomingAttachment } from './decode-attachments';
import type { ExportEnvelope } from './envelope';
import { MAX_ERRORS, type ExchangeError } from './errors';
import { showValue } from './issue-to-error';
import { checkFileSize, limits } from './limits';
import { parseExport, type ParseOptions } from './parse';
import type { ProgressListener } from './progress';

/** A read file: the envelope, with each attachment's bytes decoded and verified instead of its base64. */
export interface ImportEnvelope extends Omit<ExportEnvelope, 'attachments'> {
  attachments: IncomingAttachment[];
}

export type ReadResult =
  | { ok: true; envelope: ImportEnvelope; /** Fields of a later format revision left out (parse.ts). */ unknownFields?: string[] }
  | { ok: false; errors: ExchangeError[] };

/** A file to read, piece by piece: a File in the app, bytes in memory in tests. */
export interface ExportSource {
  /** Its length in bytes. */
  size: number;
  /** Its bytes from `start` to `end` (excluded). */
  read(start: number, end: number): Promise<Uint8Array>;
}

export interface ReadOptions extends ParseOptions {
  /** Told how much of the file was read, then how many attachments were checked. */
  onProgress?: ProgressListener;
  /** Aborting it stops the reading between two pieces; the promise then rejects with its reason. */
  signal?: AbortSignal;
}

/** Bytes of the file read at once while looking for the attachments' base64. */
export const READ_BYTES = 4 * 1024 * 1024;

const utf8 = new TextDecoder();

/** The base64 of an attachment, read from the file where the scanner found it; an error when it cannot be. */
async function attachmentData(source: ExportSource, n: number, inline: string, span: DataSpan | null | undefined): Promise<string | ExchangeError> {
  // Left in the skeleton (not cut out, or an escaped key): the parser already read it.
  if (!span || inline !== '') return inline;
  const length = span.end - span.start;
  if (length > limits.attachmentDataLength) {
    const shown = showValue(utf8.decode(await source.read(span.start, span.start + 64)));
    const params = { value: shown, expected: `<=${limits.attachmentDataLength}`, max: limits.attachmentDataLength };
    return { code: 'invalid', detail: 'too-long', params, path: { attachment: n, field: 'data' } };
  }
  const raw = utf8.decode(await source.read(span.start, span.end));
  if (!raw.includes('\\')) return raw;
  // Tessera never escapes base64, but JSON allows it: read it as JSON.parse would have.
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return { code: 'invalid', detail: 'bad-data', params: { value: '' }, path: { attachment: n, field: 'data' } };
  }
}

/**
 * Reads an export file completely, holding little of it at once: the file is read in pieces and
 * its attachments' base64 is left where it is (attachment-data-scanner.ts); the rest is parsed,
 * migrated and validated (`parseExport`); then each attachment is read, decoded and its size and
 * SHA-256 verified in turn, and kept as a Blob. One bad attachment refuses the whole file. Run it
 * before any write: hashing is asynchronous, and nothing asynchronous but IndexedDB may run inside
 * the import transaction. Rejects only when aborted (or when the source cannot be read).
 */
export async function readExportFrom(source: ExportSource, options: ReadOptions = {}): Promise<ReadResult> {
  const { onProgress, signal } = options;
  const tooLarge = checkFileSize(source.size);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const scanner = new AttachmentDataScanner();
  for (let start = 0; start < source.size; start += READ_BYTES) {
    signal?.throwIfAborted();
    const end = Math.min(start + READ_BYTES, source.size);
    scanner.push(await source.read(start, end));
    onProgress?.({ step: 'reading', done: 0, total: 0, bytes: end, totalBytes: source.size });
  }
  const { skeleton, spans } = scanner.finish();
  const parsed = parseExport(utf8.decode(skeleton), options);
  if (!parsed.ok) return parsed;

  const list = parsed.envelope.attachments;
  const totalBytes = list.reduce((sum, a) => sum + a.size, 0);
  const errors: ExchangeError[] = [];
  const attachments: IncomingAttachment[] = [];
  let bytes = 0;
  onProgress?.({ step: 'checking', done: 0, total: list.length, bytes, totalBytes });
  for (const [i, a] of list.entries()) {
    if (errors.length >= MAX_ERRORS) break;
    signal?.throwIfAborted();
    const data = await attachmentData(source, i + 1, a.data, spans[i]);
    const decoded = typeof data === 'string' ? await decodeAttachment(i + 1, a, data) : { ok: false as const, error: data };
    if (decoded.ok) attachments.push(decoded.attachment);
    else errors.push(decoded.error);
    bytes += a.size;
    onProgress?.({ step: 'checking', done: i + 1, total: list.length, bytes, totalBytes });
  }
  if (errors.length > 0) return { ok: false, errors };
  signal?.throwIfAborted();
  const envelope = { ...parsed.envelope, attachments };
  return parsed.unknownFields ? { ok: true, envelope, unknownFields: parsed.unknownFields } : { ok: true, envelope };
}

/** Bytes in memory as a source to read. */
export function bytesSource(bytes: Uint8Array): ExportSource {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

/** Reads the text of an export file (see `readExportFrom`). Never throws. */
export async function readExport(text: string, options: ParseOptions = {}): Promise<ReadResult> {
  return readExportFrom(bytesSource(new TextEncoder().encode(text)), options);
}
