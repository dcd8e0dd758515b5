// Types only: the connection code comes with the storage chunk (load-storage.ts), not with the first page.
import type { ConnectionHandlers, HandOverReason } from '$lib/storage/connection';
import { requestFlush } from './flush';
import { saveStatus } from './save-status.svelte';

/** How long a wait for another tab must last before it is worth telling the user about. */
const BLOCKED_NOTICE_DELAY_MS = 1500;

/**
 * What other tabs mean for this one. Another tab upgrading or deleting the database makes this
 * tab save, close its connection and ask for a reload; this tab waiting on another one is shown too.
 */
class StorageConnection {
  #handedOver = $state<HandOverReason | null>(null);
  /** Whether every change was stored when the connection was handed over. */
  #allSaved = $state(true);
  #blocked = $state(false);
  #started = false;
  #blockedTimer: ReturnType<typeof setTimeout> | undefined;

  /** Set once another tab took the database over; the page must be reloaded. */
  get handedOver(): HandOverReason | null {
    return this.#handedOver;
  }

  /** False when a change failed before the hand-over (the reload prompt then says so). */
  get allSaved(): boolean {
    return this.#allSaved;
  }

  /** True while this tab waits for another tab to let go of the database. */
  get blocked(): boolean {
    return this.#blocked;
  }

  /** Starts following the shared connection with storage's `watchConnection`; once per page (load-storage.ts calls it). */
  follow(watchConnection: (handlers: ConnectionHandlers) => void): void {
    if (this.#started) return;
    this.#started = true;
    watchConnection({
      beforeHandOver: async () => {
        requestFlush();
        await saveStatus.settled();
      },
      onHandedOver: (reason) => {
        this.#allSaved = saveStatus.error === null;
        this.#handedOver = reason;
      },
      onBlocked: () => {
        clearTimeout(this.#blockedTimer);
        this.#blockedTimer = setTimeout(() => (this.#blocked = true), BLOCKED_NOTICE_DELAY_MS);
      },
      onUnblocked: () => {
        clearTimeout(this.#blockedTimer);
        this.#blocked = false;
      }
    });
  }
}

export const storageConnection = new StorageConnection();
