import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStorageError } from './errors';
import { observe, openFailure } from './observe';

const saved = Dexie.dependencies.indexedDB;
afterEach(() => {
  Dexie.dependencies.indexedDB = saved;
});

const firstEvent = <T>(query: () => T) =>
  new Promise<{ value?: T; error?: unknown }>((resolve) => {
    observe(query).subscribe({ next: (value) => resolve({ value }), error: (error) => resolve({ error }) });
  });

describe('observe', () => {
  it('delivers the query result where IndexedDB exists', async () => {
    expect(await firstEvent(() => 42)).toEqual({ value: 42 });
  });

  it('reports a missing IndexedDB as "unavailable" instead of never answering', async () => {
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    const { error } = await firstEvent(() => 42);
    expect(describeStorageError(error)).toBe('unavailable');
  });
});

describe('openFailure', () => {
  it('turns "closed because it never opened" into an open failure, which liveQuery passes on', () => {
    const failure = openFailure(new Dexie.DatabaseClosedError(new Dexie.InvalidStateError('refused')));
    expect(failure?.name).toBe('OpenFailedError');
    expect(describeStorageError(failure)).toBe('unavailable');
  });

  it('leaves a connection closed on purpose alone', () => {
    expect(openFailure(new Dexie.DatabaseClosedError(new Dexie.DatabaseClosedError()))).toBeNull();
    expect(openFailure(new Error('other'))).toBeNull();
  });
});
