import type { StoredConflict } from '$lib/storage/db';
import { conflicts } from '$lib/storage/conflicts-repository';
import { nowIso } from './clock';
import { useLive, type Live } from './live.svelte';
import { saveStatus } from './save-status.svelte';

/**
 * The open conflicts of one assessment and the two ways to settle each: keep the value the merge
 * kept, or put the other one in place. Settling goes through the save status like any edit.
 */
export class ConflictReview {
  readonly #live: Live<StoredConflict[]>;

  /** Follows the conflicts of the assessment `id()` names; call during component set-up. */
  constructor(id: () => string | null) {
    this.#live = useLive(() => {
      const assessmentId = id();
      return assessmentId ? conflicts.watchFor(assessmentId) : null;
    });
  }

  /** The open conflicts, in a stable order; empty until loaded. */
  get list(): StoredConflict[] {
    return this.#live.value ?? [];
  }

  /** True once the first result arrived (or failed). */
  get loaded(): boolean {
    return this.#live.loaded;
  }

  /** The storage error that stopped reading them, if any. */
  get error(): unknown {
    return this.#live.error;
  }

  /** Closes the conflict, leaving the kept value as it is. */
  keepCurrent(conflict: StoredConflict): Promise<boolean> {
    return saveStatus.track(() => conflicts.keepCurrent(conflict.id));
  }

  /** Puts the other value in place (a new edit, stamped now) and closes the conflict. */
  useOther(conflict: StoredConflict): Promise<boolean> {
    return saveStatus.track(() => conflicts.keepOther(conflict.id, nowIso()));
  }
}

export type { StoredConflict };
