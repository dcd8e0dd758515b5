import { localDay } from '$lib/domain/calendar/local-day';
import type { DateOnly } from '$lib/domain/assessment/types';

/** The current time as an ISO timestamp; one place so tests and edits agree on the format. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today on this device's calendar (its own time zone), as YYYY-MM-DD. */
export function today(): DateOnly {
  return localDay(new Date());
}

/** A new random id (UUID v4). */
export function newId(): string {
  return crypto.randomUUID();
}
