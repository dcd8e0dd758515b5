import type { Assessment, Timestamp } from '../assessment/types';
import { mergeAssessments } from './merge';
import { compareInstants } from './timestamps';

/** How an incoming assessment relates to what is stored: by id, then by last change. */
export type ImportStatus = 'new' | 'same' | 'newer' | 'older';

export interface ImportPlanItem {
  assessment: Assessment;
  status: ImportStatus;
  /** The stored assessment with the same id, when there is one. */
  existing?: Assessment;
}

/** What the user chose for an incoming assessment whose id is already stored. */
export type ImportChoice = 'keep-both' | 'replace' | 'merge' | 'skip';

/** For each incoming assessment, whether it is new, the same as, newer or older than the stored one. */
export function planImport(incoming: readonly Assessment[], existing: readonly Assessment[]): ImportPlanItem[] {
  const stored = new Map(existing.map((a) => [a.id, a]));
  return incoming.map((assessment) => {
    const match = stored.get(assessment.id);
    if (!match) return { assessment, status: 'new' };
    const order = compareInstants(assessment.updatedAt, match.updatedAt);
    const status = order === 0 ? 'same' : order > 0 ? 'newer' : 'older';
    return { assessment, status, existing: match };
  });
}

/**
 * The assessment to store for a choice, or null to store nothing (skip).
 * - keep-both: the incoming one under `newId`, its name unchanged (the list tells them apart by
 *   date), stamped `now` because creating the copy is a change on this device;
 * - replace: the incoming one as it is;
 * - merge: both combined by `mergeAssessments` (they share the id).
 */
export function applyChoice(
  incoming: Assessment,
  existing: Assessment | undefined,
  choice: ImportChoice,
  newId: string,
  now: Timestamp
): Assessment | null {
  switch (choice) {
    case 'skip':
      return null;
    // `incoming` was built from validated data only (parse.ts) and IndexedDB stores a clone of
    // what it is given, so it is written as it is: a thousand deep copies would only cost time.
    case 'replace':
      return incoming;
    case 'keep-both':
      return { ...incoming, id: newId, updatedAt: now };
    case 'merge':
      return existing ? mergeAssessments(existing, incoming) : incoming;
  }
}
