import type { Observable } from 'dexie';
import type { Timestamp } from '$lib/domain/assessment/types';
import { closeWorkshop, newestFirst, type Snapshot } from '$lib/domain/history/snapshot';
import { withUniqueKeys } from '$lib/domain/assessment/unique-keys';
import { getDb, withReconnect } from './db';
import { RecordNotFoundError } from './errors';
import { observe } from './observe';

/** A stored snapshot as pages may show it: its frozen assessment with no id twice in a list. */
const shown = (s: Snapshot | undefined): Snapshot | undefined => s && { ...s, assessment: withUniqueKeys(s.assessment) };
const allShown = (list: Snapshot[]) => list.map((s) => shown(s)!);

/** The only way the app reads and writes workshop snapshots (which are never edited). */
export const snapshots = {
  /**
   * Closes the workshop of an assessment: stamps it closed and stores a snapshot of it, both in
   * one transaction, from the version stored at that moment.
   */
  async closeWorkshop(assessmentId: string, snapshotId: string, label: string, now: Timestamp): Promise<Snapshot> {
    return withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.assessments, db.snapshots, async () => {
        const current = await db.assessments.get(assessmentId);
        if (!current) throw new RecordNotFoundError(`assessment ${assessmentId} not found`);
        const { assessment, snapshot } = closeWorkshop(current, snapshotId, label, now);
        await db.assessments.put(assessment);
        await db.snapshots.add(snapshot);
        return snapshot;
      });
    });
  },

  /** One snapshot, or undefined. */
  async get(id: string): Promise<Snapshot | undefined> {
    return withReconnect(async () => shown(await getDb().snapshots.get(id)));
  },

  /** The snapshots of these assessments, for an export. */
  async listFor(assessmentIds: readonly string[]): Promise<Snapshot[]> {
    return withReconnect(async () =>
      allShown(
        newestFirst(
          await getDb()
            .snapshots.where('assessmentId')
            .anyOf([...assessmentIds])
            .toArray()
        )
      )
    );
  },

  /** Live snapshots of one assessment, newest first. */
  watchFor(assessmentId: string): Observable<Snapshot[]> {
    return observe(async () => allShown(newestFirst(await getDb().snapshots.where('assessmentId').equals(assessmentId).toArray())));
  },

  /** Live single snapshot (undefined if it does not exist). */
  watch(id: string): Observable<Snapshot | undefined> {
    return observe(async () => shown(await getDb().snapshots.get(id)));
  }
};
