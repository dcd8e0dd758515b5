import type { Observable } from 'dexie';
import type { Timestamp } from '$lib/domain/assessment/types';
import { keepOtherVersion, type Conflict } from '$lib/domain/sync/conflicts';
import { getDb, withReconnect, type StoredConflict } from './db';
import { RecordNotFoundError } from './errors';
import { observe } from './observe';

/** The stored record of a conflict an import found in an assessment. */
export function storedConflict(assessmentId: string, conflict: Conflict, source: string, foundAt: Timestamp): StoredConflict {
  return { ...conflict, id: `${assessmentId} ${conflict.key}`, assessmentId, source, foundAt };
}

const byKey = (list: StoredConflict[]) => [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/** The only way the app reads and settles conflicts. */
export const conflicts = {
  /** Live open conflicts of one assessment, in a stable order. */
  watchFor(assessmentId: string): Observable<StoredConflict[]> {
    return observe(async () => byKey(await getDb().conflicts.where('assessmentId').equals(assessmentId).toArray()));
  },

  /**
   * Settles a conflict with the version the merge did not keep: it becomes the current value
   * (a new edit, stamped now) and the conflict is closed, in one transaction.
   */
  async keepOther(id: string, now: Timestamp): Promise<void> {
    await withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.assessments, db.conflicts, async () => {
        const conflict = await db.conflicts.get(id);
        if (!conflict) return;
        const current = await db.assessments.get(conflict.assessmentId);
        if (!current) throw new RecordNotFoundError(`assessment ${conflict.assessmentId} not found`);
        await db.assessments.put(keepOtherVersion(current, conflict, now));
        await db.conflicts.delete(id);
      });
    });
  },

  /** Settles a conflict with the version the merge kept: nothing changes but the conflict is closed. */
  async keepCurrent(id: string): Promise<void> {
    await withReconnect(() => getDb().conflicts.delete(id));
  }
};
