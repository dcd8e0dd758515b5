import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '$lib/domain/assessment/factory';
import { getDb, TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { meta } from './meta-repository';
import { eraseDevice } from './erase';

let n = 0;
const store = new Map<string, string>();
const fakeLocalStorage = {
  getItem: (key: string) => store.get(key) ?? null,
  setItem: (key: string, value: string) => void store.set(key, value),
  removeItem: (key: string) => void store.delete(key),
  keys: () => [...store.keys()]
};

beforeEach(() => {
  useDb(new TesseraDb(`erase-${++n}`));
  store.clear();
  // Object.keys(localStorage) lists the stored keys in browsers; this stand-in does the same.
  vi.stubGlobal(
    'localStorage',
    new Proxy(fakeLocalStorage, { ownKeys: () => fakeLocalStorage.keys(), getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }) })
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('eraseDevice', () => {
  it("deletes every assessment, photo, snapshot and meta fact and Tessera's localStorage keys, and nothing else", async () => {
    await assessments.save(createAssessment({ serviceName: 'A' }, 'a', '2026-01-01T00:00:00.000Z'));
    await meta.recordFullExport('2026-01-02T00:00:00.000Z');
    await getDb().table('attachments').put({ id: 'p', assessmentId: 'a', ruleId: 'strategy.rule.1', name: 'wall.webp' });
    await getDb().table('snapshots').put({ id: 's', assessmentId: 'a', takenAt: '2026-01-02T00:00:00.000Z' });
    localStorage.setItem('tessera.language', 'el');
    localStorage.setItem('another-app', 'keep');

    await eraseDevice();

    expect(await assessments.list()).toEqual([]);
    expect(await meta.get('lastFullExportAt')).toBeNull();
    expect(await getDb().table('attachments').count()).toBe(0);
    expect(await getDb().table('snapshots').count()).toBe(0);
    expect(store.has('tessera.language')).toBe(false);
    expect(store.get('another-app')).toBe('keep');
  });

  it('leaves a working, empty database behind', async () => {
    await assessments.save(createAssessment({ serviceName: 'A' }, 'a', '2026-01-01T00:00:00.000Z'));
    await eraseDevice();
    await assessments.save(createAssessment({ serviceName: 'B' }, 'b', '2026-01-02T00:00:00.000Z'));
    expect((await assessments.list()).map((a) => a.id)).toEqual(['b']);
    expect(getDb().isOpen()).toBe(true);
  });
});
