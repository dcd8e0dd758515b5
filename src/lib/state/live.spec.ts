import { describe, expect, it } from 'vitest';
import { deferred, type Observable } from './live.svelte';

/** A source that emits `value` to each subscriber at once and counts its subscriptions. */
function source<T>(value: T) {
  const counts = { subscribed: 0, unsubscribed: 0 };
  const observable: Observable<T> = {
    subscribe(observer) {
      counts.subscribed++;
      observer.next(value);
      return { unsubscribe: () => void counts.unsubscribed++ };
    }
  };
  return { observable, counts };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('deferred', () => {
  it('follows the source once it is loaded', async () => {
    const { observable, counts } = source(42);
    const seen: unknown[] = [];
    const sub = deferred(async () => observable).subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
    await settle();
    expect(seen).toEqual([42]);
    sub.unsubscribe();
    expect(counts).toEqual({ subscribed: 1, unsubscribed: 1 });
  });

  it('reports a failed load as the error, so a page never stays "Loading…"', async () => {
    const failure = new TypeError('Failed to fetch dynamically imported module');
    const errors: unknown[] = [];
    deferred<number>(() => Promise.reject(failure)).subscribe({ next: () => undefined, error: (e) => errors.push(e) });
    await settle();
    expect(errors).toEqual([failure]);
  });

  it('never subscribes to a source that loads after the reader left', async () => {
    const { observable, counts } = source(1);
    const seen: unknown[] = [];
    deferred(async () => observable)
      .subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) })
      .unsubscribe();
    await settle();
    expect(seen).toEqual([]);
    expect(counts.subscribed).toBe(0);
  });
});
