import { describeStorageError, type StorageErrorCode } from '$lib/storage/errors';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

type Write = () => Promise<unknown>;

/** Errors that trying the same write again cannot fix: the way out is elsewhere. */
const notRetryable: readonly StorageErrorCode[] = ['not-found', 'reload-needed'];

/**
 * What the status bar says about the changes made: a failed write is never shown as saved.
 * Every failed write is kept, in order, until "Try again" stores it, so a second failure
 * never hides (and loses) the first one.
 */
class SaveStatus {
  #state = $state<SaveState>('idle');
  #error = $state<StorageErrorCode | null>(null);
  #failed = $state.raw<Write[]>([]);
  #pending = 0;
  #saves = $state(0);
  #idle: (() => void)[] = [];

  /** How many times "Saved" was reached on this page: tests wait for a save after their action. */
  get saves(): number {
    return this.#saves;
  }

  get state(): SaveState {
    return this.#state;
  }

  /** Why the last write failed; null when nothing failed (or everything was retried). */
  get error(): StorageErrorCode | null {
    return this.#error;
  }

  /** True when failed writes wait and trying them again may succeed. */
  get canRetry(): boolean {
    return this.#failed.length > 0 && this.#error !== null && !notRetryable.includes(this.#error);
  }

  /** Runs a write and reflects its outcome; rethrows nothing, returns whether it succeeded. */
  async track(write: Write): Promise<boolean> {
    this.#pending++;
    if (this.#error === null) this.#state = 'saving';
    try {
      await write();
      return true;
    } catch (err) {
      console.error(err);
      this.#error = describeStorageError(err);
      this.#failed = [...this.#failed, write];
      this.#state = 'error';
      return false;
    } finally {
      this.#pending--;
      if (this.#error === null) this.#state = this.#pending > 0 ? 'saving' : 'saved';
      if (this.#state === 'saved') this.#saves++;
      if (this.#pending === 0) this.#idle.splice(0).forEach((resolve) => resolve());
    }
  }

  /** Tries every failed write again, oldest first; true when all of them are stored now. */
  async retry(): Promise<boolean> {
    const writes = this.#failed;
    if (writes.length === 0) return true;
    this.#failed = [];
    this.#error = null;
    let ok = true;
    for (const write of writes) ok = (await this.track(write)) && ok;
    return ok;
  }

  /** Resolves once no write is in progress (failed ones included: they have settled). */
  settled(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}

export const saveStatus = new SaveStatus();
