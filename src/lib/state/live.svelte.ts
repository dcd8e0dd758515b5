import type { Observable } from 'dexie';

export interface Live<T> {
  readonly value: T | undefined;
  /** True once the first result arrived. */
  readonly loaded: boolean;
  readonly error: unknown;
}

/**
 * Follows a Dexie liveQuery from a component: re-subscribes when what `query` reads changes,
 * unsubscribes when the component goes. Changes from other tabs arrive the same way.
 */
export function useLive<T>(query: () => Observable<T> | null): Live<T> {
  // Raw: results are replaced whole on every change, never mutated, and must stay cloneable for storage.
  let value = $state.raw<T | undefined>(undefined);
  let loaded = $state(false);
  let error = $state<unknown>(null);

  $effect(() => {
    const observable = query();
    if (!observable) return;
    const sub = observable.subscribe({
      next: (v) => {
        value = v;
        loaded = true;
        error = null;
      },
      error: (e) => {
        error = e;
        loaded = true;
      }
    });
    return () => sub.unsubscribe();
  });

  return {
    get value() {
      return value;
    },
    get loaded() {
      return loaded;
    },
    get error() {
      return error;
    }
  };
}
