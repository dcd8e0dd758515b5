import { fileError, type ExchangeError } from './errors';

/**
 * Caps on what a file may hold. They keep a hostile or broken file from freezing a tablet, and
 * sit far above what a real workshop produces. The published JSON Schema repeats them.
 */
export const limits = {
  assessments: 1000,
  idLength: 100,
  /** Names, roles, labels, owners, tags, version strings. */
  nameLength: 200,
  /** Descriptions, notes, reasons, next steps, parking-lot items. */
  textLength: 10_000,
  urlLength: 2000,
  timestampLength: 40,
  participants: 100,
  tags: 50,
  evidencePerRule: 100,
  nextStepsPerRule: 200,
  parkingLot: 1000,
  votesPerLevel: 10_000
} as const;

/** Files above this size are refused before they are read: 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A `too-large` error for a file of this many bytes, or null when it may be read. */
export function checkFileSize(bytes: number): ExchangeError | null {
  return bytes > MAX_FILE_BYTES ? fileError('too-large', { size: bytes, max: MAX_FILE_BYTES }) : null;
}
