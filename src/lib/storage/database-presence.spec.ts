import { afterEach, describe, expect, it } from 'vitest';
import { surelyNoDatabase } from './database-presence';
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
