import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '$lib/domain/assessment/factory';
import { getDb, TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { watchConnection, type ConnectionHandlers } from './connection';
import { describeStorageError } from './errors';

let n = 0;
beforeEach(() => {
  useDb(new TesseraDb(`connection-${++n}`));
});

const handlers = (overrides: Partial<ConnectionHandlers> = {}): ConnectionHandlers => ({
  beforeHandOver: vi.fn(async () => undefined),
  onHandedOver: vi.fn(),
  onBlocked: vi.fn(),
  onUnblocked: vi.fn(),
  ...overrides
});

/** Opens the database with raw IndexedDB, as a newer app version in another tab would. */
function openRaw(name: string, version: number, onUpgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => onUpgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const readAll = (db: IDBDatabase, store: string) =>
  new Promise<unknown[]>((resolve) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
  });

describe('another tab upgrading the database', () => {
  it('saves what is pending, then lets the upgrade through and asks for a reload', async () => {
    const late = createAssessment({ serviceName: 'Typed just before' }, 'late', '2026-01-01T00:00:00.000Z');
    const h = handlers({ beforeHandOver: vi.fn(() => assessments.save(late)) });
    watchConnection(h);
    await assessments.save(createAssessment({ serviceName: 'Earlier' }, 'early', '2026-01-01T00:00:00.000Z'));

    const newer = await openRaw(getDb().name, 999);

    expect(h.beforeHandOver).toHaveBeenCalledOnce();
    expect(h.onHandedOver).toHaveBeenCalledWith('upgraded');
    expect((await readAll(newer, 'assessments')).map((a) => (a as { id: string }).id).sort()).toEqual(['early', 'late']);
    newer.close();
    await expect(assessments.list()).rejects.toSatisfy((err) => describeStorageError(err) === 'reload-needed');
  });

  it('tells a deletion from an upgrade', async () => {
    const h = handlers();
    watchConnection(h);
    await assessments.list();
    await new Promise<void>((resolve) => {
      indexedDB.deleteDatabase(getDb().name).onsuccess = () => resolve();
    });
    expect(h.onHandedOver).toHaveBeenCalledWith('deleted');
  });
});

describe('this tab waiting for another one', () => {
  it('reports the wait while an older connection holds on, and its end once it lets go', async () => {
    const name = getDb().name;
    // An old tab that ignores versionchange and keeps the database open at an earlier version.
    const old = await openRaw(name, 1, (db) => db.createObjectStore('assessments', { keyPath: 'id' }));
    old.onversionchange = null;
    const h = handlers();
    watchConnection(h);

    const opening = getDb().open();
    await vi.waitFor(() => expect(h.onBlocked).toHaveBeenCalled());
    expect(h.onUnblocked).not.toHaveBeenCalled();

    old.close();
    await opening;
    await vi.waitFor(() => expect(h.onUnblocked).toHaveBeenCalled());
    await assessments.save(createAssessment({ serviceName: 'After the wait' }, 'a', '2026-01-01T00:00:00.000Z'));
    expect(await assessments.count()).toBe(1);
  });
});
