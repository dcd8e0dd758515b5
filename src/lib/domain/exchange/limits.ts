import { evidenceLimits } from '../evidence/limits';
import { textLimits } from '../limits';
import { fileError, type ExchangeError } from './errors';

/**
 * Caps on what a file may hold. They keep a hostile or broken file from freezing a tablet, and
 * sit far above what a real workshop produces. The published JSON Schema repeats them.
 */
export const limits = {
  assessments: 1000,
  idLength: textLimits.id,
  /** Names, roles, labels, owners, tags, version strings. */
  nameLength: textLimits.name,
  /** Descriptions, notes, reasons, next steps, parking-lot items. */
  textLength: textLimits.text,
  urlLength: textLimits.url,
  timestampLength: 40,
  participants: 100,
  tags: 50,
  evidencePerRule: 100,
  nextStepsPerRule: 200,
  parkingLot: 1000,
  votesPerLevel: 10_000,
  /** Photos and files in one file. */
  attachments: 5000,
  /** Bytes of one attachment, decoded: the same cap as attaching a file. */
  attachmentBytes: evidenceLimits.fileBytes,
  /** Characters of an attachment's base64 `data`: 4 for every 3 bytes. */
  attachmentDataLength: Math.ceil(evidenceLimits.fileBytes / 3) * 4,
  captionLength: evidenceLimits.captionLength,
  /** Workshop snapshots in one file. */
  snapshots: 1000,
  /** Characters of a clock's key: a prefix, a rule id and an item id, or a tag. */
  registerKeyLength: 320,
  /** Clocks of one assessment, and tombstones: far above the fields and items an assessment can hold. */
  clocks: 20_000
} as const;

/**
 * Files above this size are refused before they are read: 200 MB. Photos travel as base64 (a
 * third larger than their bytes); a workshop's thirty photos at a few hundred kilobytes each make
 * a file of about 15 MB, so this leaves room for a full backup of many workshops, while keeping
 * well below what a tablet's browser can hold in memory while it reads the file.
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A `too-large` error for a file of this many bytes, or null when it may be read. */
export function checkFileSize(bytes: number): ExchangeError | null {
  return bytes > MAX_FILE_BYTES ? fileError('too-large', { size: bytes, max: MAX_FILE_BYTES }) : null;
}
