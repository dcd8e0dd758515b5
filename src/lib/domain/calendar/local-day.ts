import type { DateOnly } from '../assessment/types';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day `date` falls on where the user is, as YYYY-MM-DD: in the device's own time
 * zone, or in `timeZone` (an IANA name) when given. Not `toISOString().slice(0, 10)`, which is the
 * day in UTC: at 01:30 in Athens that is still yesterday.
 */
export function localDay(date: Date, timeZone?: string): DateOnly {
  if (!timeZone) return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
