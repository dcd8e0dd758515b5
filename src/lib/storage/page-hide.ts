import type { DBCore, Middleware } from 'dexie';

/*
 * WebKit, the engine of every iPad browser, keeps a page that is left for another (a link opened in
 * the same tab, an address typed) in its back/forward cache, frozen with its database connection.
 * A transaction that had requests running at that moment stayed open in the frozen page, and every
 * later page of the app waited behind it, its reads and its saves: in the WebKit test
 * (tests/webkit/team-space.spec.ts) an edit stayed on "Saving…" for over a minute and a half, and
 * was never stored. Team space makes it likely, since it syncs as each page loads.
 *
 * So the connection ends its own transactions as the page is hidden for navigation: what still
 * runs is aborted (a sync is done again by the next one; a save whose page comes back from the
 * cache reports the failure, and "Try again" stores it), then the connection closes. A page
 * restored from the cache opens it again on its first operation (autoOpen stays on).
 */

/** The transactions of this page's connection that have not ended yet. */
const running = new Set<IDBTransaction>();

/**
 * Keeps `running`: every native transaction from its start to its end, "complete" or "abort" (a
 * failed request whose error is handled leaves its transaction running, so "error" is no end).
 */
export const runningTransactionsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TesseraRunningTransactions',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        const native = transaction as unknown as IDBTransaction;
        if (typeof native.abort === 'function' && typeof native.addEventListener === 'function') {
          running.add(native);
          const ended = () => running.delete(native);
          native.addEventListener('complete', ended);
          native.addEventListener('abort', ended);
        }
        return transaction;
      }
    };
  }
};

/** How many transactions of this page's connection are still running (for tests). */
export function runningTransactions(): number {
  return running.size;
}

/** Aborts every transaction still running, then closes the connection; it opens again when next used. */
export function endTransactions(db: { close(options: { disableAutoOpen: boolean }): void }): void {
  for (const transaction of running) {
    try {
      transaction.abort();
    } catch {
      // It ended meanwhile.
    }
  }
  running.clear();
  db.close({ disableAutoOpen: false });
}

/** Ends the connection's transactions when the page is hidden for navigation (pagehide), in a browser. */
export function endTransactionsOnPageHide(db: Parameters<typeof endTransactions>[0]): void {
  if (typeof addEventListener !== 'function') return;
  addEventListener('pagehide', () => endTransactions(db));
}
