import Dexie, { liveQuery, type Observable, type Observer } from 'dexie';

/**
 * Dexie's liveQuery, except that a browser where IndexedDB is missing or refuses to open (private
 * modes, locked-down settings) reports an error to show. liveQuery itself stays silent in both
 * cases (no API: for server rendering's sake; DatabaseClosedError: it waits for a reopen), and
 * the page would say "Loading…" for ever.
 */
export function observe<T>(querier: () => T | Promise<T>): Observable<T> {
  if (!Dexie.dependencies.indexedDB) return failing<T>(new Dexie.MissingAPIError('indexedDB API missing'));
  return liveQuery(async () => {
    try {
      return await querier();
    } catch (err) {
      throw openFailure(err) ?? err;
    }
  });
}

/** The error that kept the database from opening, if that is what `err` reports. */
export function openFailure(err: unknown): Error | null {
  const e = err as { name?: string; inner?: { name?: string } } | null;
  if (e?.name !== 'DatabaseClosedError' || !e.inner || e.inner.name === 'DatabaseClosedError') return null;
  return new Dexie.OpenFailedError(e.inner as Error);
}

/** An observable that reports one error to each subscriber, soon after it subscribes. */
function failing<T>(error: Error): Observable<T> {
  const observable = {
    subscribe(observerOrNext?: Observer<T> | ((value: T) => void) | null, onError?: ((error: unknown) => void) | null) {
      const report = typeof observerOrNext === 'object' && observerOrNext ? observerOrNext.error : onError;
      let closed = false;
      queueMicrotask(() => {
        if (!closed) report?.(error);
        closed = true;
      });
      return {
        unsubscribe: () => void (closed = true),
        get closed() {
          return closed;
        }
      };
    },
    [Symbol.observable ?? '@@observable']() {
      return observable;
    }
  };
  return observable as unknown as Observable<T>;
}
