import { DB_NAME } from './db-name';

/**
 * True when this browser surely holds no Tessera database: the first visit, or right after
 * "Delete all data". Asked of the browser directly (`indexedDB.databases()`), without Dexie, so the
 * first page can tell a new facilitator "nothing here yet" before the storage code has loaded.
 * False when there is one, and whenever the browser cannot say.
 */
export async function surelyNoDatabase(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
    const databases = await indexedDB.databases();
    return !databases.some((d) => d.name === DB_NAME);
  } catch {
    return false;
  }
}
