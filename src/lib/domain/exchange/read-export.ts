import { decodeAttachments, type IncomingAttachment } from './decode-attachments';
import type { ExportEnvelope } from './envelope';
import type { ExchangeError } from './errors';
import { parseExport, type ParseOptions } from './parse';

/** A read file: the envelope, with each attachment's bytes decoded and verified instead of its base64. */
export interface ImportEnvelope extends Omit<ExportEnvelope, 'attachments'> {
  attachments: IncomingAttachment[];
}

export type ReadResult = { ok: true; envelope: ImportEnvelope } | { ok: false; errors: ExchangeError[] };

/**
 * Reads an export file completely: parses, migrates and validates it (`parseExport`), then decodes
 * and verifies every attachment. Run it before any write: hashing is asynchronous, and nothing
 * asynchronous but IndexedDB may run inside the import transaction. Never throws.
 */
export async function readExport(text: string, options: ParseOptions = {}): Promise<ReadResult> {
  const parsed = parseExport(text, options);
  if (!parsed.ok) return parsed;
  const decoded = await decodeAttachments(parsed.envelope.attachments);
  if (!decoded.ok) return decoded;
  return { ok: true, envelope: { ...parsed.envelope, attachments: decoded.attachments } };
}
