import { surelyNoDatabase } from '$lib/storage/database-presence';
import { STORAGE_CHANGES_CHANNEL } from '$lib/storage/db-name';
import { answeredEarly, deferred, type Observable } from './live.svelte';
import { pageShown } from './page-shown';
import { storageConnection } from './storage-connection.svelte';

export type StorageChunk = typeof import('./storage-chunk');

let chunk: Promise<StorageChunk> | null = null;
let markWanted!: () => void;
/** Resolves when this tab first asks for the storage code (to write, or to read what it holds). */
const wanted = new Promise<void>((resolve) => (markWanted = resolve));

function importChunk(): Promise<StorageChunk> {
  markWanted();
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

/**
 * Resolves when something is stored, in another tab or by this one's code that carries storage
 * itself: Dexie tells every other channel of the origin of each write, this tab's too. Never,
 * where there are no broadcast channels.
 */
function somethingStored(): Promise<void> {
  if (typeof BroadcastChannel === 'undefined') return new Promise(() => undefined);
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(STORAGE_CHANGES_CHANNEL);
    const done = () => {
      channel.close();
      resolve();
    };
    channel.onmessage = done;
    void wanted.then(done);
  });
}

let stored: Promise<void> | null = null;

/**
 * The storage code for what only matters once something is stored: the list's live query, the
 * device's notes, following other tabs. On a device with no database yet (a first visit), Dexie's
 * ~30 KiB of module code (one long task on a slow phone) is not loaded at all until this tab needs
 * it (creating or importing an assessment) or another tab stores something; the callers answer
 * "nothing stored" meanwhile. Elsewhere it loads once the page is shown, as `loadStorage`.
 */
export async function loadStorageOnceStored(): Promise<StorageChunk> {
  await pageShown();
  // Asked again each time: code outside this module (a dialog's own chunk) may have stored meanwhile.
  if (!chunk && (await surelyNoDatabase())) await (stored ??= Promise.race([wanted, somethingStored()]));
  return importChunk();
}

/**
 * What `watch` follows in storage, loaded with `loadStorageOnceStored`; on a device with no
 * database yet, `nothing` at once, without waiting for the storage code.
 */
export function watchOnceStored<T>(watch: (storage: StorageChunk) => Observable<T>, nothing: T): Observable<T> {
  return answeredEarly(
    deferred(async () => watch(await loadStorageOnceStored())),
    surelyNoDatabase,
    nothing
  );
}

/** Every page follows what other tabs do with the database, once the storage code is loaded. */
export function followStorage(): void {
  void loadStorageOnceStored().catch(() => undefined);
}
