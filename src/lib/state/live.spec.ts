import { describe, expect, it } from 'vitest';
import { answeredEarly, deferred, partThenWhole, type Observable } from './live.svelte';

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

describe('answeredEarly', () => {
  /** A source that answers only when told to. */
  function later<T>() {
    let observer: Parameters<Observable<T>['subscribe']>[0] | null = null;
    const observable: Observable<T> = {
      subscribe(o) {
        observer = o;
        return { unsubscribe: () => void (observer = null) };
      }
    };
    return { observable, answer: (v: T) => observer?.next(v), fail: (e: unknown) => observer?.error(e) };
  }

  it('answers the guess while the source is still loading, then the source', async () => {
    const slow = later<string[]>();
    const seen: unknown[] = [];
    answeredEarly(slow.observable, async () => true, []).subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
    await settle();
    expect(seen).toEqual([[]]);
    slow.answer(['Library cards']);
    expect(seen).toEqual([[], ['Library cards']]);
  });

  it('never answers the guess after the source has answered, nor when it is not known', async () => {
    const slow = later<string[]>();
    const seen: unknown[] = [];
    answeredEarly(slow.observable, () => settle().then(() => true), []).subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
    slow.answer(['Library cards']);
    await settle();
    await settle();
    expect(seen).toEqual([['Library cards']]);

    const unknown: unknown[] = [];
    answeredEarly(later<string[]>().observable, async () => false, []).subscribe({ next: (v) => unknown.push(v), error: (e) => unknown.push(e) });
    await settle();
    expect(unknown).toEqual([]);
  });

  it('lets an error of the source through after the guess, and answers nothing once left', async () => {
    const slow = later<string[]>();
    const seen: unknown[] = [];
    answeredEarly(slow.observable, async () => true, []).subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
    await settle();
    const failure = new TypeError('Failed to fetch dynamically imported module');
    slow.fail(failure);
    expect(seen).toEqual([[], failure]);

    const left: unknown[] = [];
    answeredEarly(later<string[]>().observable, async () => true, [])
      .subscribe({ next: (v) => left.push(v), error: (e) => left.push(e) })
      .unsubscribe();
    await settle();
    expect(left).toEqual([]);
  });
});

/** A source whose answers the test sends by hand, counting its subscriptions. */
function manual<T>() {
  const counts = { subscribed: 0, unsubscribed: 0 };
  let current: { next: (v: T) => void; error: (e: unknown) => void } | null = null;
  const observable: Observable<T> = {
    subscribe(observer) {
      counts.subscribed++;
      current = observer;
      return {
        unsubscribe: () => {
          counts.unsubscribed++;
          current = null;
        }
      };
    }
  };
  return { observable, counts, send: (v: T) => current?.next(v), fail: (e: unknown) => current?.error(e), following: () => current !== null };
}

describe('partThenWhole', () => {
  it('asks for the whole only once the part has answered, then follows only the whole', () => {
    const part = manual<string>();
    const whole = manual<string[]>();
    const seen: unknown[] = [];
    const sub = partThenWhole(part.observable, whole.observable).subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
    expect(whole.counts.subscribed).toBe(0);
    part.send('first page');
    expect(whole.counts.subscribed).toBe(1);
    part.send('first page, changed');
    whole.send(['a', 'b']);
    expect(part.following()).toBe(false);
    whole.send(['a', 'b', 'c']);
    expect(seen).toEqual([{ part: 'first page' }, { part: 'first page, changed' }, { whole: ['a', 'b'] }, { whole: ['a', 'b', 'c'] }]);
    sub.unsubscribe();
    expect(part.counts).toEqual({ subscribed: 1, unsubscribed: 1 });
    expect(whole.counts).toEqual({ subscribed: 1, unsubscribed: 1 });
  });

  it('leaves a failed part unsaid: the whole answers, with its value or its error', () => {
    const part = manual<string>();
    const whole = manual<string[]>();
    const seen: unknown[] = [];
    partThenWhole(part.observable, whole.observable).subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
    part.fail(new Error('part failed'));
    expect(seen).toEqual([]);
    const failure = new Error('storage gone');
    whole.fail(failure);
    expect(seen).toEqual([failure]);
  });

  it('works with sources that answer while being subscribed to, and drops the part at once', () => {
    const part = source('first page');
    const whole = source(['a']);
    const seen: unknown[] = [];
    const sub = partThenWhole(part.observable, whole.observable).subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
    expect(seen).toEqual([{ part: 'first page' }, { whole: ['a'] }]);
    expect(part.counts).toEqual({ subscribed: 1, unsubscribed: 1 });
    sub.unsubscribe();
    expect(whole.counts).toEqual({ subscribed: 1, unsubscribed: 1 });
  });

  it('never asks for the whole after the reader left', () => {
    const part = manual<string>();
    const whole = manual<string[]>();
    partThenWhole(part.observable, whole.observable)
      .subscribe({ next: () => undefined, error: () => undefined })
      .unsubscribe();
    part.send('late');
    expect(whole.counts.subscribed).toBe(0);
  });
});
