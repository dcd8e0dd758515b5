import Dexie from 'dexie';
import { closeForReload, getDb } from './db';

/** Why this tab gave up its connection: another tab upgraded the database, or deleted it. */
export type HandOverReason = 'upgraded' | 'deleted';

export interface ConnectionHandlers {
  /** Another tab needs the database: save what is pending, then resolve. */
  beforeHandOver: () => Promise<void>;
  /** The connection is closed for good; the page must be reloaded to go on. */
  onHandedOver: (reason: HandOverReason) => void;
  /** Opening or deleting the database waits for another tab to let go of it. */
  onBlocked: () => void;
  /** The wait is over: the database opened (or was deleted). */
  onUnblocked: () => void;
}

/** How long pending saves may hold up another tab's upgrade before the connection closes anyway. */
const HAND_OVER_LIMIT_MS = 5000;

/**
 * Follows the shared connection's multi-tab events. When another tab opens a newer schema version
 * or deletes the database, IndexedDB asks this tab to close ('versionchange'); this tab saves
 * first, then closes for good so the other tab is not blocked. When this tab is the one waiting
 * ('blocked'), the handlers hear about it until the database opens.
 */
export function watchConnection(handlers: ConnectionHandlers): void {
  const db = getDb();
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    const reason: HandOverReason = event.newVersion === null ? 'deleted' : 'upgraded';
    const limit = new Promise<void>((resolve) => setTimeout(resolve, HAND_OVER_LIMIT_MS));
    void Promise.race([handlers.beforeHandOver().catch(() => undefined), limit]).then(() => {
      closeForReload();
      handlers.onHandedOver(reason);
    });
    // Returning false stops Dexie's own handler, which would close at once, before saving.
    return false;
  });
  db.on('blocked', () => {
    handlers.onBlocked();
    // Resolves once the pending open (or delete, then the reopen queued behind it) goes through.
    db.open().then(handlers.onUnblocked, handlers.onUnblocked);
  });
}

/**
 * Starts opening the shared connection without waiting for it, so the page's first read finds it
 * open (or opening) instead of starting only once the page has rendered. A failure is left to
 * that read, which reports it (see observe.ts).
 */
export function openEarly(): void {
  if (Dexie.dependencies.indexedDB)
    getDb()
      .open()
      .catch(() => undefined);
}
