/** The name of Tessera's IndexedDB database. Its own file, so that code without Dexie can name it. */
export const DB_NAME = 'tessera';
