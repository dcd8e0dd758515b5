import { compareAssessments } from '../assessment/compare';
import { progressOf, scoreOf, type Progress, type Score } from '../assessment/scoring';
import type { Assessment } from '../assessment/types';
import type { Snapshot } from './snapshot';

/** What the history list shows about one snapshot. */
export interface SnapshotSummary {
  snapshot: Snapshot;
  /** Overall score of the assessment as it was when the workshop was closed. */
  score: Score;
  /** Rules rated at that time. */
  progress: Progress;
  /** Golden rules whose rating is different today; null when today's assessment is not known. */
  changedRules: number | null;
}

/** Golden rules rated differently in `current` than in the snapshot (a rating added or removed counts). */
export function changedRuleCount(snapshot: Snapshot, current: Assessment): number {
  return compareAssessments(snapshot.assessment, current).rules.filter((r) => r.before !== r.after).length;
}

/** The facts the history list shows for each snapshot, newest first as given. */
export function summarizeSnapshots(list: readonly Snapshot[], current: Assessment | undefined): SnapshotSummary[] {
  return list.map((snapshot) => ({
    snapshot,
    score: scoreOf(snapshot.assessment),
    progress: progressOf(snapshot.assessment),
    changedRules: current ? changedRuleCount(snapshot, current) : null
  }));
}

/** The snapshot with this id among an assessment's snapshots, if it belongs to that assessment. */
export function findSnapshot(list: readonly Snapshot[], id: string | null, assessmentId: string): Snapshot | undefined {
  return id ? list.find((s) => s.id === id && s.assessmentId === assessmentId) : undefined;
}
