import { eraseDevice } from '$lib/storage/erase';
import { saveStatus } from './save-status.svelte';

/** "Delete all data on this device", and the notice the list shows right after it. */
class DeviceErase {
  #justErased = $state(false);

  /** True from a successful erase until the notice has been shown and dismissed. */
  get justErased(): boolean {
    return this.#justErased;
  }

  /** Waits for writes in flight (so none lands in the new, empty database), then erases everything. */
  async erase(): Promise<void> {
    await saveStatus.settled();
    await eraseDevice();
    this.#justErased = true;
  }

  /** The notice was shown; forget it. */
  acknowledge(): void {
    this.#justErased = false;
  }
}

export const deviceErase = new DeviceErase();
