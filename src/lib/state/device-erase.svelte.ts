import { loadStorage } from './load-storage';
import { saveStatus } from './save-status.svelte';

/** "Delete all data on this device", and the notice the list shows right after it. */
class DeviceErase {
  #justErased = $state(false);

  /** True from a successful erase until the notice has been shown and dismissed. */
  get justErased(): boolean {
    return this.#justErased;
  }

  /** Waits for writes in flight (so none lands in the new, empty database), turns Team space off, then erases everything. */
  async erase(): Promise<void> {
    await saveStatus.settled();
    // Team space stops first (signed out, nothing pushed): erasing this device deletes nothing in the team.
    // (Loaded on demand: the list page shows this notice, and must not carry the sync code.)
    const { teamSync } = await import('./team-sync.svelte');
    await teamSync.disable();
    const { eraseDevice } = await loadStorage();
    await eraseDevice();
    this.#justErased = true;
  }

  /** The notice was shown; forget it. */
  acknowledge(): void {
    this.#justErased = false;
  }
}

export const deviceErase = new DeviceErase();
