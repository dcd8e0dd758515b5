import type { Timestamp } from '../assessment/types';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders two timestamps by the instant they name: negative when `a` is earlier, 0 for the same instant. */
export function compareInstants(a: Timestamp, b: Timestamp): number {
  const diff = Date.parse(a) - Date.parse(b);
  return Number.isNaN(diff) ? byText(a, b) : diff;
}

/**
 * Orders like `compareInstants`, but one instant written two ways is ordered by its text, so only
 * identical text ties: choices made with it never depend on which argument came first.
 */
export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  return compareInstants(a, b) || byText(a, b);
}

/** True when the text is an ISO 8601 timestamp that names a real instant. */
export function isValidInstant(value: string): boolean {
  return Number.isFinite(Date.parse(value));
}
