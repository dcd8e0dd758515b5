import type { Snapshot } from '$lib/domain/history/snapshot';
import { describeStorageError, type StorageErrorCode } from '$lib/storage/errors';
import { snapshots } from '$lib/storage/snapshots-repository';
import { newId, nowIso } from './clock';

/** What closing a workshop came to: the snapshot made, or why nothing was stored. */
export type CloseOutcome = { ok: true; snapshot: Snapshot } | { ok: false; error: StorageErrorCode };

/**
 * Closes the workshop of an assessment: one transaction stamps it closed and stores its snapshot,
 * so a failed write (a full disk) leaves both as they were. Never throws.
 */
export async function closeWorkshopNow(assessmentId: string, label: string): Promise<CloseOutcome> {
  try {
    return { ok: true, snapshot: await snapshots.closeWorkshop(assessmentId, newId(), label, nowIso()) };
  } catch (err) {
    console.error(err);
    return { ok: false, error: describeStorageError(err) };
  }
}
