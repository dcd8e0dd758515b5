import { describeStorageError, type StorageErrorCode } from '$lib/storage/errors';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What the status bar says about the last change: a failed write is never shown as saved. */
class SaveStatus {
  #state = $state<SaveState>('idle');
  #error = $state<StorageErrorCode | null>(null);
  #pending = 0;
  #retry: (() => Promise<unknown>) | null = null;
  #onSettled: (() => void)[] = [];

  get state(): SaveState {
    return this.#state;
  }

  get error(): StorageErrorCode | null {
    return this.#error;
  }

  /** True when the last failed write can be tried again. */
  get canRetry(): boolean {
    return this.#state === 'error' && this.#retry !== null;
  }

  /** Runs a write and reflects its outcome; rethrows nothing, returns whether it succeeded. */
  async track(write: () => Promise<unknown>): Promise<boolean> {
    this.#pending++;
    this.#state = 'saving';
    try {
      await write();
      this.#pending--;
      if (this.#pending === 0 && this.#error === null) this.#state = 'saved';
      if (this.#pending === 0 && this.#error !== null) this.#state = 'error';
      return true;
    } catch (err) {
      this.#pending--;
      console.error(err);
      this.#error = describeStorageError(err);
      this.#retry = write;
      this.#state = 'error';
      return false;
    } finally {
      if (this.#pending === 0) this.#onSettled.splice(0).forEach((resolve) => resolve());
    }
  }

  /** Resolves once no write is running any more (at once if none is); the outcome is in `state`. */
  settled(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#onSettled.push(resolve));
  }

  /** Tries the last failed write again. */
  async retry(): Promise<boolean> {
    const write = this.#retry;
    if (!write) return false;
    this.#error = null;
    this.#retry = null;
    return this.track(write);
  }
}

export const saveStatus = new SaveStatus();
