import { DB_NAME } from './db-name';

/**
 * The localStorage key that says this device has opened Tessera's database. The page script in
 * app.html reads it before the first paint: without it (a first visit), the list's welcome is drawn
 * at once, and the browser's list of databases only confirms it later. It is a hint, never a
 * fact: that list corrects it both ways (a database from before the key, one the browser deleted).
 * "Delete all data" removes it with Tessera's other keys (erase.ts).
 */
export const DATABASE_OPENED_KEY = 'tessera.databaseOpened';

/** Leaves the mark that the database exists; where localStorage is blocked, the page waits for the browser's list. */
export function markDatabaseOpened(): void {
  try {
    if (localStorage.getItem(DATABASE_OPENED_KEY) !== 'yes') localStorage.setItem(DATABASE_OPENED_KEY, 'yes');
  } catch {
    // No localStorage (blocked, or a test in Node): the first page asks the browser instead.
  }
}

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
