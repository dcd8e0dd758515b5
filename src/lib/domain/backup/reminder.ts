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

/** Calls `visit` with every moment something in the assessment was created or changed, as far as it records. */
function forEachChangeTime(a: Assessment, visit: (time: Timestamp) => void): void {
  visit(a.createdAt);
  visit(a.updatedAt);
  for (const r of Object.values(a.responses)) {
    if (!r) continue;
    visit(r.updatedAt);
    for (const step of r.nextSteps) visit(step.updatedAt);
  }
  for (const s of Object.values(a.actions)) if (s) visit(s.updatedAt);
  for (const item of a.parkingLot) visit(item.createdAt);
}

/**
 * Whether to remind the user to export: some change has stayed out of every full export for
 * BACKUP_REMINDER_DAYS or more, and the user has not put the reminder off. The age of the oldest
 * unexported change is read from the timestamps inside the assessments; a field changed twice
 * keeps only its later time, so the reminder may come a little late, never early.
 * Each timestamp is parsed once: the list page runs this over every assessment on the device.
 */
export function adviseBackup({ assessments, lastFullExportAt, snoozedUntil, now }: BackupFacts): BackupAdvice {
  const sinceMs = lastFullExportAt === null ? -Infinity : Date.parse(lastFullExportAt);
  const isAfterExport = (ms: number) => lastFullExportAt === null || ms > sinceMs;
  let unexported = 0;
  let oldest: Timestamp | null = null;
  let oldestMs = Infinity;
  for (const a of assessments) {
    if (!isAfterExport(Date.parse(a.updatedAt))) continue;
    unexported++;
    forEachChangeTime(a, (time) => {
      if (!time) return;
      const ms = Date.parse(time);
      if (isAfterExport(ms) && ms < oldestMs) {
        oldestMs = ms;
        oldest = time;
      }
    });
  }
  const nowMs = Date.parse(now);
  const old = oldest !== null && nowMs - oldestMs >= BACKUP_REMINDER_DAYS * DAY_MS;
  const snoozed = snoozedUntil !== null && nowMs < Date.parse(snoozedUntil);
  return { due: old && !snoozed, unexported, oldestUnexportedChange: oldest };
}

/** Until when "Not now" hides the reminder, counted from now. */
export function snoozeUntil(now: Timestamp): Timestamp {
  return new Date(Date.parse(now) + BACKUP_SNOOZE_HOURS * 60 * 60 * 1000).toISOString();
}
