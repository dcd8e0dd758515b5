import type { Table } from 'dexie';

/**
 * From this many keys on, `rowsFor` reads the table's keys first. A key scan costs the same
 * however few keys are asked for: Team space's pull reads one assessment at a time, and its first
 * pull of 1,000 took 11.9 s when each of those reads scanned (8.1 s with lookups; `npm run bench`,
 * `teamSync`). An import asks for a whole file's at once.
 */
export const keyScanFrom = 100;

/**
 * The row under each key, in order (undefined where there is none). For many keys it reads the
 * table's keys first, which is cheap, and then only the rows that exist: a file of a thousand new
 * assessments then costs one key scan instead of a thousand lookups that find nothing. For a few,
 * it looks them up. Inside a transaction, it reads in it.
 */
export async function rowsFor<T, I>(table: Table<T, string, I>, keys: readonly string[]): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  if (keys.length < keyScanFrom) return table.bulkGet([...keys]);
  const stored = new Set(await table.toCollection().primaryKeys());
  const present = keys.filter((key) => stored.has(key));
  const rows = new Map(present.length === 0 ? [] : (await table.bulkGet(present)).map((row, i) => [present[i], row]));
  return keys.map((key) => rows.get(key));
}
