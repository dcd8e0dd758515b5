import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, STORAGE_CHANGES_CHANNEL } from './db-name';

describe('STORAGE_CHANGES_CHANNEL', () => {
  it('is the channel on which Dexie tells other tabs that something was written', async () => {
    const listener = new BroadcastChannel(STORAGE_CHANGES_CHANNEL);
    const heard = new Promise<unknown>((resolve) => (listener.onmessage = (event: MessageEvent) => resolve(event.data)));
    const db = new Dexie('channel-probe');
    db.version(1).stores({ notes: 'id' });
    try {
      await db.table('notes').put({ id: 'a', text: 'written in another tab' });
      expect(await heard).toBeTruthy();
    } finally {
      listener.close();
      await db.delete();
    }
  });
});

describe('DB_NAME', () => {
  it('is the name the page script in app.html looks for, to show the welcome on a device without it', () => {
    const appHtml = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
    expect(appHtml).toContain(`all[j].name === '${DB_NAME}'`);
  });
});
