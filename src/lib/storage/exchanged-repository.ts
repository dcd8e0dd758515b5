import type { Assessment } from '$lib/domain/assessment/types';
import { versionIdsOf, type KnownVersions } from '$lib/domain/sync/conflicts';
import { getDb, withReconnect, type ExchangedRow, type TesseraDb } from './db';
import { rowsFor } from './rows-for';

/*
 * What this device has seen exchanged, per assessment: the versions of its fields in every file it
 * exported or imported. A conflict needs both sides to have changed a field since then; a version
 * listed here is one both sides already had. (Kept on the device only, never exported.)
 */

/** At most this many versions are remembered per field key: the latest exchanges are what matter. */
const VERSIONS_PER_KEY = 4;

/** The remembered versions plus these, the newest few per field key. */
export function addVersions(previous: readonly string[], added: readonly string[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const id of [...previous, ...added]) {
    const key = id.slice(0, id.lastIndexOf('@'));
    const list = byKey.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    byKey.set(key, list);
  }
  return [...byKey.values()].flatMap((list) => list.sort().slice(-VERSIONS_PER_KEY));
}

/** The known versions of these assessments, read inside the caller's transaction. */
export async function knownVersionsIn(db: TesseraDb, ids: readonly string[]): Promise<Map<string, KnownVersions>> {
  const rows = await rowsFor(db.exchanged, ids);
  return new Map(rows.flatMap((row) => (row ? [[row.id, new Set(row.versions)] as const] : [])));
}

/** Remembers these assessments' versions as exchanged, inside the caller's transaction; returns the rows as they were. */
export async function rememberIn(db: TesseraDb, list: readonly Assessment[]): Promise<(ExchangedRow | undefined)[]> {
  const before = await rowsFor(
    db.exchanged,
    list.map((a) => a.id)
  );
  await db.exchanged.bulkPut(
    list.map((a, i) => {
      // One version per key (versionIdsOf): with none remembered before, nothing to combine.
      const versions = versionIdsOf(a);
      return { id: a.id, versions: before[i] ? addVersions(before[i].versions, versions) : versions };
    })
  );
  return before;
}

/** The only way the app reads and writes what it has exchanged. */
export const exchanged = {
  /** The known versions of each of these assessments (an empty set for one never exchanged). */
  async knownFor(ids: readonly string[]): Promise<Map<string, KnownVersions>> {
    return withReconnect(() => knownVersionsIn(getDb(), ids));
  },

  /** Remembers what an export wrote, so a later import of a colleague's copy finds only real conflicts. */
  async remember(list: readonly Assessment[]): Promise<void> {
    await withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.exchanged, () => rememberIn(db, list));
    });
  }
};
