import type { Assessment, Timestamp } from '../assessment/types';

/** Changes left unexported this long bring the backup reminder up. */
export const BACKUP_REMINDER_DAYS = 7;
/** "Not now" hides the reminder for this long. */
export const BACKUP_SNOOZE_HOURS = 24;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupFacts {
  assessments: readonly Assessment[];
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

/** Every moment something in the assessment was created or changed, as far as it records. */
function changeTimes(a: Assessment): Timestamp[] {
  return [
    a.createdAt,
    a.updatedAt,
    ...Object.values(a.responses).flatMap((r) => (r ? [r.updatedAt, ...r.nextSteps.map((s) => s.updatedAt)] : [])),
    ...Object.values(a.actions).flatMap((s) => (s ? [s.updatedAt] : [])),
    ...a.parkingLot.map((item) => item.createdAt)
  ];
}

const isAfter = (time: Timestamp, since: Timestamp | null) => since === null || Date.parse(time) > Date.parse(since);

/**
 * Whether to remind the user to export: some change has stayed out of every full export for
 * BACKUP_REMINDER_DAYS or more, and the user has not put the reminder off. The age of the oldest
 * unexported change is read from the timestamps inside the assessments; a field changed twice
 * keeps only its later time, so the reminder may come a little late, never early.
 */
export function adviseBackup({ assessments, lastFullExportAt, snoozedUntil, now }: BackupFacts): BackupAdvice {
  const changed = assessments.filter((a) => isAfter(a.updatedAt, lastFullExportAt));
  const times = changed.flatMap(changeTimes).filter((time) => time && isAfter(time, lastFullExportAt));
  const oldest = times.length > 0 ? times.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
  const nowMs = Date.parse(now);
  const old = oldest !== null && nowMs - Date.parse(oldest) >= BACKUP_REMINDER_DAYS * DAY_MS;
  const snoozed = snoozedUntil !== null && nowMs < Date.parse(snoozedUntil);
  return { due: old && !snoozed, unexported: changed.length, oldestUnexportedChange: oldest };
}

/** Until when "Not now" hides the reminder, counted from now. */
export function snoozeUntil(now: Timestamp): Timestamp {
  return new Date(Date.parse(now) + BACKUP_SNOOZE_HOURS * 60 * 60 * 1000).toISOString();
}
