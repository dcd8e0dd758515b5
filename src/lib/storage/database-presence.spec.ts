import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_OPENED_KEY, surelyNoDatabase } from './database-presence';
import { TesseraDb } from './db';

describe('surelyNoDatabase', () => {
  afterEach(async () => {
    await new TesseraDb().delete();
  });

  it('is true before Tessera has opened its database, and false once it has', async () => {
    expect(await surelyNoDatabase()).toBe(true);
    const db = new TesseraDb();
    await db.open();
    db.close();
    expect(await surelyNoDatabase()).toBe(false);
  });

  it('is false when the browser cannot list its databases', async () => {
    const listing = indexedDB.databases;
    indexedDB.databases = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    try {
      expect(await surelyNoDatabase()).toBe(false);
    } finally {
      indexedDB.databases = listing;
    }
  });
});

describe('the mark that the database was opened', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await new TesseraDb().delete();
  });

  /** A localStorage of the page's kind, in memory. */
  function stubLocalStorage(): Map<string, string> {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key)
    });
    return items;
  }

  it('is left when Tessera opens its database, and not before', async () => {
    const items = stubLocalStorage();
    new TesseraDb();
    expect(items.has(DATABASE_OPENED_KEY)).toBe(false);
    const db = new TesseraDb();
    await db.open();
    db.close();
    expect(items.get(DATABASE_OPENED_KEY)).toBe('yes');
  });

  it('never keeps the database from opening where localStorage is refused', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }
    });
    const db = new TesseraDb();
    await expect(db.open()).resolves.toBe(db);
    db.close();
  });

  it('is the key the page script in app.html reads before the first paint', () => {
    const appHtml = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
    expect(appHtml).toContain(`localStorage.getItem('${DATABASE_OPENED_KEY}')`);
  });
});
