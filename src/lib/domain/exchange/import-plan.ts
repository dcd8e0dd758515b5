import type { Assessment, Timestamp } from '../assessment/types';
import { findConflicts, type Conflict, type KnownVersions } from '../sync/conflicts';
import { mergeAssessments } from '../sync/merge';
import { isItemKey, registersOf, sameValues } from '../sync/registers';

/**
 * How an incoming assessment relates to what is stored, by id, then by content, field by field:
 * `new` (not stored), `same` (every field and item holds the same value), `newer` (the file has
 * values this device does not have: merging would change what the stored one shows), `older`
 * (everything in the file is already here or older: merging would show nothing new). Two copies
 * with the same `updatedAt` but different content are never `same`.
 */
export type ImportStatus = 'new' | 'same' | 'newer' | 'older';

export interface ImportPlanItem {
  assessment: Assessment;
  status: ImportStatus;
  /** The stored assessment with the same id, when there is one. */
  existing?: Assessment;
  /** Fields both sides changed differently since this device last exchanged them (empty for a new one). */
  conflicts: Conflict[];
  /** List items stored here that a merge would remove, because the file deleted them later. */
  removes: number;
}

/** What the user chose for an incoming assessment whose id is already stored. */
export type ImportChoice = 'keep-both' | 'replace' | 'merge' | 'skip';

const noneKnown: KnownVersions = new Set();

/** How many list items shown in `before` are gone in `after`. */
function removedBy(before: Assessment, after: Assessment): number {
  const kept = registersOf(after);
  return [...registersOf(before).keys()].filter((key) => isItemKey(key) && !kept.has(key)).length;
}

/**
 * For each incoming assessment, whether it is new, the same as the stored one, brings changes, or
 * brings nothing new, and the conflicts a merge would settle (against what this device last
 * exchanged of it: `known`).
 */
export function planImport(
  incoming: readonly Assessment[],
  existing: readonly Assessment[],
  known: (id: string) => KnownVersions = () => noneKnown
): ImportPlanItem[] {
  const stored = new Map(existing.map((a) => [a.id, a]));
  return incoming.map((assessment) => {
    const match = stored.get(assessment.id);
    if (!match) return { assessment, status: 'new', conflicts: [], removes: 0 };
    if (sameValues(assessment, match)) return { assessment, status: 'same', existing: match, conflicts: [], removes: 0 };
    const merged = mergeAssessments(match, assessment);
    const status = sameValues(merged, match) ? 'older' : 'newer';
    return { assessment, status, existing: match, conflicts: findConflicts(match, assessment, known(match.id)), removes: removedBy(match, merged) };
  });
}

/**
 * The assessment to store for a choice, or null to store nothing (skip).
 * - keep-both: the incoming one under `newId`, its name unchanged (the list tells them apart by
 *   date), stamped `now` because creating the copy is a change on this device;
 * - replace: the incoming one as it is;
 * - merge: both combined by `mergeAssessments` (they share the id).
 */
export function applyChoice(incoming: Assessment, existing: Assessment | undefined, choice: ImportChoice, newId: string, now: Timestamp): Assessment | null {
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
