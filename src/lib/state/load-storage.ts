import { pageShown } from './page-shown';
import { storageConnection } from './storage-connection.svelte';

export type StorageChunk = typeof import('./storage-chunk');

let chunk: Promise<StorageChunk> | null = null;

function importChunk(): Promise<StorageChunk> {
  chunk ??= import('./storage-chunk').then(
    async (storage) => {
      // Before anything reads: a read opens the database, and a blocked open must be heard.
      storageConnection.follow(storage.watchConnection);
      // Running Dexie's module code is one long task on a slow phone; the reads that follow
      // (opening the database, the list's query) start in a task of their own, so a tap in between
      // is answered.
      await new Promise((resolve) => setTimeout(resolve));
      return storage;
    },
    (err: unknown) => {
      // A chunk that failed to load (offline before the service worker cached it) may load later.
      chunk = null;
      throw err;
    }
  );
  return chunk;
}

/**
 * The storage code (Dexie and the repositories the first page uses), loaded once the page is
 * shown: the list paints, hydrates and answers taps before its ~30 KiB are fetched and run, and
 * fills in right after. Rejects when the code cannot be loaded; callers report it as a storage error.
 */
export async function loadStorage(): Promise<StorageChunk> {
  await pageShown();
  return importChunk();
}

/**
 * For pages that read stored data first thing, from their load function (they carry storage
 * already): follows the connection and starts opening the database before the page hydrates.
 */
export async function openStorageNow(): Promise<void> {
  (await importChunk()).openEarly();
}

/** Every page follows what other tabs do with the database, once the storage code is loaded. */
export function followStorage(): void {
  void loadStorage().catch(() => undefined);
}
