import type { Assessment, Timestamp } from '../assessment/types';

const maxSlugLength = 60;

/**
 * A file-name-safe slug: lower case, letters of any script (accents and Greek kept) and digits,
 * everything else (spaces, / \ : * ? " < > |, control characters, dots) collapsed into '-'.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points so no surrogate pair is split, then drop a dash left at the end.
  return Array.from(slug).slice(0, maxSlugLength).join('').replace(/-+$/, '');
}

/** The words a file is named with when there is no service name to use, in the user's language. */
export interface FileNameWords {
  /** For a file of several assessments, e.g. "Tessera backup". */
  backup: string;
  /** For one assessment whose service name has no letters, e.g. "Tessera assessment". */
  assessment: string;
}

const englishWords: FileNameWords = { backup: 'Tessera backup', assessment: 'Tessera assessment' };

/**
 * The suggested name of an export file: the service's name and the day for one assessment
 * (`childminder-finder-2026-11-23.tessera.json`), a dated backup name for several or none
 * (`tessera-backup-2026-11-23.json`, or `sauvegarde-tessera-…` with French words).
 * The day is the one written in `now`, so pass a timestamp in the user's own offset.
 */
export function exportFileName(assessments: readonly Pick<Assessment, 'serviceName'>[], now: Timestamp, words: FileNameWords = englishWords): string {
  const day = now.slice(0, 10);
  if (assessments.length !== 1) return `${slugify(words.backup) || 'tessera-backup'}-${day}.json`;
  const slug = slugify(assessments[0].serviceName) || slugify(words.assessment) || 'tessera-assessment';
  return `${slug}-${day}.tessera.json`;
}
