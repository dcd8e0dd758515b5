import type { Table } from 'dexie';

/**
 * The row under each key, in order (undefined where there is none). Reads the table's keys first,
 * which is cheap, and then only the rows that exist: a file of a thousand new assessments then
 * costs one key scan instead of a thousand lookups. Inside a transaction, it reads in it.
 */
export async function rowsFor<T, I>(table: Table<T, string, I>, keys: readonly string[]): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  const stored = new Set(await table.toCollection().primaryKeys());
  const present = keys.filter((key) => stored.has(key));
  const rows = new Map(present.length === 0 ? [] : (await table.bulkGet(present)).map((row, i) => [present[i], row]));
  return keys.map((key) => rows.get(key));
}
