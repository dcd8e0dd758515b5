import type { AssessmentSummary } from '../assessment/summary';
import type { Listed } from '../assessment/list-page';
import type { Timestamp } from '../assessment/types';

/** Changes left unexported this long bring the backup reminder up. */
export const BACKUP_REMINDER_DAYS = 7;
/** "Not now" hides the reminder for this long. */
export const BACKUP_SNOOZE_HOURS = 24;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupFacts {
  /** Every assessment stored here, as summarised for the list. */
  assessments: readonly Pick<AssessmentSummary, 'updatedAt' | 'changeTimes'>[];
  /** When everything was last exported in one file; null if never. */
  lastFullExportAt: Timestamp | null;
  /** The reminder stays hidden until then; null if never put off. */
  snoozedUntil: Timestamp | null;
  now: Timestamp;
}

export interface BackupAdvice {
  /** Show the reminder now. */
  due: boolean;
  /** Assessments changed since the last full export (all of them if there was none). */
  unexported: number;
  /** The earliest change not in any full export, or null when everything is exported. */
  oldestUnexportedChange: Timestamp | null;
}

/**
 * Whether to remind the user to export: some change has stayed out of every full export for
 * BACKUP_REMINDER_DAYS or more, and the user has not put the reminder off. The age of the oldest
 * unexported change is read from the timestamps inside the assessments (their summaries carry
 * them parsed and sorted); a field changed twice keeps only its later time, so the reminder may come
 * a little late, never early.
 */
export function adviseBackup({ assessments, lastFullExportAt, snoozedUntil, now }: BackupFacts): BackupAdvice {
  const sinceMs = lastFullExportAt === null ? -Infinity : Date.parse(lastFullExportAt);
  let unexported = 0;
  let oldestMs = Infinity;
  for (const a of assessments) {
    if (lastFullExportAt !== null && !(Date.parse(a.updatedAt) > sinceMs)) continue;
    unexported++;
    // Ascending: the first change after the export is this assessment's oldest unexported one.
    const first = a.changeTimes.find((ms) => ms > sinceMs);
    if (first !== undefined && first < oldestMs) oldestMs = first;
  }
  const oldest = oldestMs === Infinity ? null : new Date(oldestMs).toISOString();
  const nowMs = Date.parse(now);
  const old = oldest !== null && nowMs - oldestMs >= BACKUP_REMINDER_DAYS * DAY_MS;
  const snoozed = snoozedUntil !== null && nowMs < Date.parse(snoozedUntil);
  return { due: old && !snoozed, unexported, oldestUnexportedChange: oldest };
}

/** Until when "Not now" hides the reminder, counted from now. */
export function snoozeUntil(now: Timestamp): Timestamp {
  return new Date(Date.parse(now) + BACKUP_SNOOZE_HOURS * 60 * 60 * 1000).toISOString();
}

/**
 * The advice, from as much of the list as has been read; null while only the rest can tell. The
 * list shows its newest page before it has read every summary, and must not have the reminder
 * arrive above it a moment later and push it down. The newest page decides exactly when:
 * - every assessment is in it, or the reminder is put off;
 * - after a full export, the page reaches back to an assessment last changed before that export
 *   (every older one is in the export);
 * - with no full export ever, it is due on the page's assessments alone (an older assessment can
 *   only make the oldest unexported change older), and then every assessment counts as unexported.
 */
export function adviseBackupEarly(
  listed: Listed<Pick<AssessmentSummary, 'updatedAt' | 'changeTimes'>>,
  facts: Omit<BackupFacts, 'assessments'>
): BackupAdvice | null {
  const advice = adviseBackup({ ...facts, assessments: listed.all });
  if (listed.complete || listed.all.length >= listed.count) return advice;
  const { lastFullExportAt, snoozedUntil, now } = facts;
  if (snoozedUntil !== null && Date.parse(now) < Date.parse(snoozedUntil)) return advice;
  if (lastFullExportAt !== null) {
    const oldestShown = listed.all.at(-1);
    return oldestShown && !(Date.parse(oldestShown.updatedAt) > Date.parse(lastFullExportAt)) ? advice : null;
  }
  return advice.due ? { ...advice, unexported: listed.count } : null;
}
