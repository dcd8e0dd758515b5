import type { Observable } from 'dexie';
import type { Assessment } from '$lib/domain/assessment/types';
import { getDb, withReconnect } from './db';
import { observe } from './observe';
import { RecordNotFoundError } from './errors';

/** The only way the app reads and writes assessments. */
export const assessments = {
  /** All assessments, most recently changed first. */
  async list(): Promise<Assessment[]> {
    return withReconnect(() => getDb().assessments.orderBy('updatedAt').reverse().toArray());
  },

  /** The assessment with this id, or undefined. */
  async get(id: string): Promise<Assessment | undefined> {
    return withReconnect(() => getDb().assessments.get(id));
  },

  /**
   * Stores a new assessment unless one with its id exists already, so trying a failed create
   * again can never overwrite what was entered since.
   */
  async create(a: Assessment): Promise<void> {
    await withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.assessments, async () => {
        if ((await db.assessments.get(a.id)) === undefined) await db.assessments.add(a);
      });
    });
  },

  /** Stores a new or changed assessment as it is. */
  async save(a: Assessment): Promise<void> {
    await withReconnect(() => getDb().assessments.put(a));
  },

  /**
   * Reads the stored assessment, applies the edit and writes the result in one transaction,
   * so an edit made in another tab in between is never overwritten with stale data.
   */
  async update(id: string, edit: (a: Assessment) => Assessment): Promise<Assessment> {
    return withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.assessments, async () => {
        const current = await db.assessments.get(id);
        if (!current) throw new RecordNotFoundError(`assessment ${id} not found`);
        const next = edit(current);
        await db.assessments.put(next);
        return next;
      });
    });
  },

  /** Removes an assessment and returns what was removed, for undo. */
  async remove(id: string): Promise<Assessment | undefined> {
    return withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.assessments, async () => {
        const current = await db.assessments.get(id);
        await db.assessments.delete(id);
        return current;
      });
    });
  },

  /** How many assessments this device holds. */
  async count(): Promise<number> {
    return withReconnect(() => getDb().assessments.count());
  },

  /** Live list, re-emitted whenever any tab changes an assessment. */
  watchList(): Observable<Assessment[]> {
    return observe(() => getDb().assessments.orderBy('updatedAt').reverse().toArray());
  },

  /** Live single assessment (undefined once deleted). */
  watch(id: string): Observable<Assessment | undefined> {
    return observe(() => getDb().assessments.get(id));
  }
};
