import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { STORAGE_CHANGES_CHANNEL } from './db-name';

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
