import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TesseraDb, useDb } from './db';
import { meta } from './meta-repository';
import { readStorageReport, requestPersistenceOnce } from './device-storage';

let n = 0;
const persist = vi.fn(async () => true);

beforeEach(() => {
  useDb(new TesseraDb(`device-${++n}`));
  persist.mockClear();
  vi.stubGlobal('navigator', {
    storage: { persist, persisted: async () => false, estimate: async () => ({ usage: 2048, quota: 1_000_000 }) }
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('device storage', () => {
  it('asks for persistent storage once, and remembers it asked', async () => {
    await requestPersistenceOnce('2026-11-20T10:00:00.000Z');
    await requestPersistenceOnce('2026-11-21T10:00:00.000Z');
    expect(persist).toHaveBeenCalledOnce();
    expect(await meta.get('persistenceAskedAt')).toBe('2026-11-20T10:00:00.000Z');
  });

  it('reports persistence and usage as the browser gives them', async () => {
    expect(await readStorageReport()).toEqual({ persisted: false, usage: 2048, quota: 1_000_000 });
  });

  it('reports unknowns when the browser has no Storage API', async () => {
    vi.stubGlobal('navigator', {});
    expect(await readStorageReport()).toEqual({ persisted: null, usage: null, quota: null });
  });
});
