import type { Assessment } from '$lib/domain/assessment/types';
import { assessments } from '$lib/storage/assessments-repository';
import { stampChanges } from '$lib/domain/sync/stamp';
import { nowIso } from './clock';
import { saveStatus } from './save-status.svelte';

/**
 * Saves one edit of an open assessment at once. The edit is a pure function of the stored
 * assessment and the time, applied inside a storage transaction; the status bar reports the outcome.
 * What the edit changed is stamped into the per-field clocks (and deleted items into tombstones),
 * which is what lets a later merge keep every field's newest value.
 */
export function saveEdit(id: string, edit: (a: Assessment, now: string) => Assessment): Promise<boolean> {
  return saveStatus.track(() =>
    assessments.update(id, (a) => {
      const now = nowIso();
      return stampChanges(a, edit(a, now), now);
    })
  );
}
