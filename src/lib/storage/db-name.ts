/** The name of Tessera's IndexedDB database. Its own file, so that code without Dexie can name it. */
export const DB_NAME = 'tessera';

/**
 * The broadcast channel on which Dexie tells the other tabs of this origin that something was
 * written (Dexie 4's `x-storagemutated-1`). A tab that has not loaded Dexie listens to it to know
 * when to load it; a unit test (db-name.spec.ts) fails if Dexie renames it.
 */
export const STORAGE_CHANGES_CHANNEL = 'x-storagemutated-1';
