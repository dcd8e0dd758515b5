import type { Assessment, Timestamp } from '../assessment/types';

/**
 * A dated, read-only copy of an assessment, saved when the facilitator closes a workshop. A year
 * later the team compares today's assessment with it to see what changed. The copy is frozen:
 * nothing in the app edits a snapshot, and deleting the assessment deletes its snapshots.
 */
export interface Snapshot {
  id: string;
  assessmentId: string;
  takenAt: Timestamp;
  /** What the facilitator called it, e.g. "Workshop with the citizen service desk"; may be empty. */
  label: string;
  assessment: Assessment;
}

/** Characters of a snapshot's label. */
export const SNAPSHOT_LABEL_LENGTH = 200;

/**
 * Closes the workshop: the assessment gets `closedAt`, and a snapshot of it as it is now (closing
 * included) is made. The assessment stays editable: after the workshop the team keeps updating
 * next steps, and the next workshop is closed again, adding another snapshot.
 */
export function closeWorkshop(
  a: Assessment,
  snapshotId: string,
  label: string,
  now: Timestamp
): { assessment: Assessment; snapshot: Snapshot } {
  const closed: Assessment = { ...a, closedAt: now, updatedAt: now };
  const snapshot: Snapshot = {
    id: snapshotId,
    assessmentId: a.id,
    takenAt: now,
    label: label.trim().slice(0, SNAPSHOT_LABEL_LENGTH),
    assessment: structuredClone(closed)
  };
  return { assessment: closed, snapshot };
}

/** Snapshots newest first. */
export function newestFirst(list: readonly Snapshot[]): Snapshot[] {
  return [...list].sort((x, y) => (x.takenAt < y.takenAt ? 1 : x.takenAt > y.takenAt ? -1 : x.id.localeCompare(y.id)));
}
