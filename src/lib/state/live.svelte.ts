import { createSubscriber } from 'svelte/reactivity';

/** What storage's live queries return; Dexie's observables have this shape, so state needs no Dexie. */
export interface Observable<T> {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): { unsubscribe(): void };
}

export interface Live<T> {
  readonly value: T | undefined;
  /** True once the first result arrived. */
  readonly loaded: boolean;
  readonly error: unknown;
}

/**
 * Follows a live query while something reads it: subscribes on the first read in an effect,
 * re-subscribes when what `query` reads changes, unsubscribes when the last reader goes. Built on
 * `createSubscriber`, so it works outside component set-up too (as Svelte's own `MediaQuery` does).
 * Changes from other tabs arrive the same way.
 */
export class LiveQuery<T> implements Live<T> {
  // Raw: results are replaced whole on every change, never mutated, and must stay cloneable for storage.
  #value = $state.raw<T | undefined>(undefined);
  #loaded = $state(false);
  #error = $state<unknown>(null);
  readonly #subscribe: () => void;

  /** `query` returns the observable to follow, or null while there is nothing to follow. */
  constructor(query: () => Observable<T> | null) {
    this.#subscribe = createSubscriber(() =>
      $effect.root(() => {
        $effect(() => {
          const observable = query();
          if (!observable) return;
          const sub = observable.subscribe({
            next: (v) => {
              this.#value = v;
              this.#loaded = true;
              this.#error = null;
            },
            error: (e) => {
              this.#error = e;
              this.#loaded = true;
            }
          });
          return () => sub.unsubscribe();
        });
      })
    );
  }

  get value(): T | undefined {
    this.#subscribe();
    return this.#value;
  }

  get loaded(): boolean {
    this.#subscribe();
    return this.#loaded;
  }

  get error(): unknown {
    this.#subscribe();
    return this.#error;
  }
}

/** A live query for a component; the same as `new LiveQuery(query)`. */
export function useLive<T>(query: () => Observable<T> | null): Live<T> {
  return new LiveQuery(query);
}

/**
 * An observable whose source must be loaded first (the storage code, which the first page loads
 * once it is shown: load-storage.ts). A failed load is reported as the query's error, so a page
 * never says "Loading…" for ever.
 */
export function deferred<T>(load: () => Promise<Observable<T>>): Observable<T> {
  return {
    subscribe(observer) {
      let closed = false;
      let inner: { unsubscribe(): void } | null = null;
      load().then(
        (source) => {
          if (!closed) inner = source.subscribe(observer);
        },
        (error: unknown) => {
          if (!closed) observer.error(error);
        }
      );
      return {
        unsubscribe() {
          closed = true;
          inner?.unsubscribe();
        }
      };
    }
  };
}

/**
 * `source`, except that while it has not answered, `guess` is answered as soon as `known()`
 * resolves true. The first page uses it to show a new device's empty list without waiting for the
 * storage code. The source's own answers (and errors) always come after, and win.
 */
export function answeredEarly<T>(source: Observable<T>, known: () => Promise<boolean>, guess: T): Observable<T> {
  return {
    subscribe(observer) {
      let answered = false;
      let closed = false;
      const inner = source.subscribe({
        next: (value) => {
          answered = true;
          observer.next(value);
        },
        error: (error) => {
          answered = true;
          observer.error(error);
        }
      });
      void known().then((yes) => {
        if (yes && !answered && !closed) observer.next(guess);
      });
      return {
        unsubscribe() {
          closed = true;
          inner.unsubscribe();
        }
      };
    }
  };
}

/** What `partThenWhole` passes on: the part's answer, or the whole's. */
export type PartOrWhole<P, W> = { part: P; whole?: never } | { whole: W; part?: never };

/**
 * `part` until `whole` has answered: follows `part` first and, once it has answered (or failed),
 * `whole` as well; from `whole`'s first answer on, only `whole`. The whole is asked for only after
 * the part, so a small read is not queued behind a large one. The list reads its first page so.
 * A failed part is not reported: the whole answers for both, with its value or its error.
 */
export function partThenWhole<P, W>(part: Observable<P>, whole: Observable<W>): Observable<PartOrWhole<P, W>> {
  return {
    subscribe(observer) {
      let closed = false;
      let wholeAnswered = false;
      let partSub: { unsubscribe(): void } | null = null;
      let wholeSub: { unsubscribe(): void } | null = null;
      const dropPart = () => {
        partSub?.unsubscribe();
        partSub = null;
      };
      const followWhole = () => {
        if (wholeSub || closed) return;
        wholeSub = whole.subscribe({
          next: (value) => {
            wholeAnswered = true;
            dropPart();
            observer.next({ whole: value });
          },
          error: (error) => {
            wholeAnswered = true;
            dropPart();
            observer.error(error);
          }
        });
      };
      partSub = part.subscribe({
        next: (value) => {
          if (!wholeAnswered) observer.next({ part: value });
          followWhole();
        },
        error: followWhole
      });
      // A part that answered at once, while subscribing, was dropped before it was known.
      if (wholeAnswered) dropPart();
      return {
        unsubscribe() {
          closed = true;
          dropPart();
          wholeSub?.unsubscribe();
        }
      };
    }
  };
}
