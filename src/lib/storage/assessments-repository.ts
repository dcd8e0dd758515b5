import type { EntityTable, Observable } from 'dexie';
import type { Assessment } from '$lib/domain/assessment/types';
import type { AssessmentSummary } from '$lib/domain/assessment/summary';
import { withUniqueKeys } from '$lib/domain/assessment/unique-keys';
import type { Attachment } from '$lib/domain/evidence/types';
import type { Snapshot } from '$lib/domain/history/snapshot';
import { getDb, withReconnect, type ExchangedRow, type StoredConflict, type TesseraDb } from './db';
import { observe } from './observe';
import { rowsFor } from './rows-for';
import { RecordNotFoundError } from './errors';

/** The first page of the list, read before the rest: the newest summaries, and how many there are in all. */
export interface NewestSummaries {
  newest: AssessmentSummary[];
  count: number;
}

/** An assessment removed from the device with everything that belonged to it, for undo. */
export interface RemovedAssessment {
  assessment: Assessment;
  attachments: Attachment[];
  snapshots: Snapshot[];
  /** Its open conflicts and what was last exchanged of it, so undo brings back the review too. */
  conflicts?: StoredConflict[];
  exchanged?: ExchangedRow;
}

/** The stored assessment for each id, in order (undefined where there is none). */
export function storedVersions(db: TesseraDb, ids: readonly string[]): Promise<(Assessment | undefined)[]> {
  return rowsFor(db.assessments, ids);
}

/**
 * A stored assessment as pages may show it: no id twice in a list (see unique-keys.ts). A record
 * too damaged even for that is passed on as it is, for the page's error boundary to report.
 */
function shown(a: Assessment | undefined): Assessment | undefined {
  try {
    return a && withUniqueKeys(a);
  } catch {
    return a;
  }
}
const allShown = (list: Assessment[]) => list.map((a) => shown(a)!);

/**
 * Every row of a table, most recently changed first, as the updatedAt index turned round would give
 * them (equal times: the larger id first; a row without a text updatedAt, which the index would not
 * hold, left out). Read by primary key with one getAll() and sorted here:
 * - Dexie reads a reversed index with a cursor, one record per round trip to the browser's storage
 *   process (WebKit, an iPad's engine, five times slower with 5,000 assessments: tests/bench/README.md);
 * - a live query on an index makes Dexie note every result's key, to know which later writes
 *   concern it (40 ms of the 5,000-assessment list in Chromium); one on the primary key notes one range.
 * The filter makes a copy: with `cache: 'immutable'` Dexie's own result is shared and frozen.
 */
async function newestFirst<T extends { id: string; updatedAt: string }>(table: EntityTable<T, 'id'>): Promise<T[]> {
  return (await table.toArray())
    .filter((row) => typeof row.updatedAt === 'string')
    .sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.updatedAt < b.updatedAt ? 1 : -1));
}

/** Summaries of every assessment, most recently changed first. */
const summariesNewestFirst = () => newestFirst(getDb().listings);

/** The only way the app reads and writes assessments. */
export const assessments = {
  /** All assessments, most recently changed first. */
  async list(): Promise<Assessment[]> {
    return withReconnect(async () => allShown(await newestFirst(getDb().assessments)));
  },

  /** The stored assessments with these ids, in that order; ids not stored are left out. */
  async getMany(ids: readonly string[]): Promise<Assessment[]> {
    return withReconnect(async () => {
      const found = await storedVersions(getDb(), ids);
      return allShown(found.filter((a): a is Assessment => a !== undefined));
    });
  },

  /** The summaries of every assessment (what the list shows), most recently changed first. */
  async summaries(): Promise<AssessmentSummary[]> {
    return withReconnect(summariesNewestFirst);
  },

  /** The assessment with this id, or undefined. */
  async get(id: string): Promise<Assessment | undefined> {
    return withReconnect(async () => shown(await getDb().assessments.get(id)));
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
        const current = shown(await db.assessments.get(id));
        if (!current) throw new RecordNotFoundError(`assessment ${id} not found`);
        // Edited as pages showed it: an item renamed there is found, and the repair is stored.
        const next = edit(current);
        await db.assessments.put(next);
        return next;
      });
    });
  },

  /**
   * Removes an assessment with its photos, files and snapshots, in one transaction, and returns
   * all of it for `restore`; undefined when there was no such assessment.
   */
  async remove(id: string): Promise<RemovedAssessment | undefined> {
    return withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', [db.assessments, db.attachments, db.snapshots, db.conflicts, db.exchanged], async () => {
        const assessment = await db.assessments.get(id);
        if (!assessment) return undefined;
        const attachments = await db.attachments.where('assessmentId').equals(id).toArray();
        const snapshots = await db.snapshots.where('assessmentId').equals(id).toArray();
        const conflicts = await db.conflicts.where('assessmentId').equals(id).toArray();
        const exchanged = await db.exchanged.get(id);
        await db.attachments.where('assessmentId').equals(id).delete();
        await db.snapshots.where('assessmentId').equals(id).delete();
        await db.conflicts.where('assessmentId').equals(id).delete();
        await db.exchanged.delete(id);
        await db.assessments.delete(id);
        return { assessment, attachments, snapshots, conflicts, exchanged };
      });
    });
  },

  /** Puts a removed assessment back with its photos, files and snapshots, in one transaction. */
  async restore(removed: RemovedAssessment): Promise<void> {
    await withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', [db.assessments, db.attachments, db.snapshots, db.conflicts, db.exchanged], async () => {
        await db.assessments.put(removed.assessment);
        await db.attachments.bulkPut(removed.attachments);
        await db.snapshots.bulkPut(removed.snapshots);
        await db.conflicts.bulkPut(removed.conflicts ?? []);
        if (removed.exchanged) await db.exchanged.put(removed.exchanged);
      });
    });
  },

  /** How many assessments this device holds. */
  async count(): Promise<number> {
    return withReconnect(() => getDb().assessments.count());
  },

  /** Live list, re-emitted whenever any tab changes an assessment. */
  watchList(): Observable<Assessment[]> {
    return observe(async () => allShown(await newestFirst(getDb().assessments)));
  },

  /**
   * Live summaries of every assessment, most recently changed first, re-emitted whenever any tab
   * changes an assessment: small records, so a list of a thousand stays quick.
   */
  watchSummaries(): Observable<AssessmentSummary[]> {
    return observe(summariesNewestFirst);
  },

  /**
   * Live: the `n` most recently changed summaries, in the order `watchSummaries` gives them (the
   * updatedAt index turned round: equal times, the larger id first), and how many the index holds.
   * A cursor over 50 records and a count take a few ms where reading 5,000 summaries takes 100–200:
   * the list shows its first page with this, while the whole list (for search and filters) reads.
   */
  watchNewestSummaries(n: number): Observable<NewestSummaries> {
    return observe(async () => {
      const db = getDb();
      const [newest, count] = await Promise.all([db.listings.orderBy('updatedAt').reverse().limit(n).toArray(), db.listings.orderBy('updatedAt').count()]);
      return { newest: newest.filter((row) => typeof row.updatedAt === 'string'), count };
    });
  },

  /** Live: how many assessments this device holds, counted without reading them. */
  watchCount(): Observable<number> {
    return observe(() => getDb().assessments.count());
  },

  /** Live single assessment (undefined once deleted). */
  watch(id: string): Observable<Assessment | undefined> {
    return observe(async () => shown(await getDb().assessments.get(id)));
  }
};
