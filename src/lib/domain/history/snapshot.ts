import { ratingLevels, type Assessment, type Timestamp } from '../assessment/types';
import { stampChanges } from '../sync/stamp';
import { textLimits } from '../limits';

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
export const SNAPSHOT_LABEL_LENGTH = textLimits.name;

/**
 * Closes the workshop: the assessment gets `closedAt`, and a snapshot of it as it is now (closing
 * included) is made. The assessment stays editable: after the workshop the team keeps updating
 * next steps, and the next workshop is closed again, adding another snapshot.
 */
export function closeWorkshop(a: Assessment, snapshotId: string, label: string, now: Timestamp): { assessment: Assessment; snapshot: Snapshot } {
  const closed: Assessment = stampChanges(a, { ...a, closedAt: now, updatedAt: now }, now);
  const snapshot: Snapshot = {
    id: snapshotId,
    assessmentId: a.id,
    takenAt: now,
    label: label.trim().slice(0, SNAPSHOT_LABEL_LENGTH),
    assessment: structuredClone(closed)
  };
  return { assessment: closed, snapshot };
}

/**
 * Whether there is a workshop to close: a rule rated or voted on, or an action ticked. A brand-new
 * assessment has none, and closing it would only save an empty snapshot.
 */
export function hasWorkshopWork(a: Assessment): boolean {
  const responses = Object.values(a.responses);
  return (
    responses.some((r) => r?.rating != null || ratingLevels.some((level) => (r?.votes?.[level] ?? 0) > 0)) || Object.values(a.actions).some((x) => x?.done)
  );
}

/** Snapshots newest first. */
export function newestFirst(list: readonly Snapshot[]): Snapshot[] {
  return [...list].sort((x, y) => (x.takenAt < y.takenAt ? 1 : x.takenAt > y.takenAt ? -1 : x.id.localeCompare(y.id)));
}
