/** Median of a list of numbers (null for an empty list). */
export function median(values) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-th percentile (nearest rank), e.g. percentile(xs, 95). */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length) - 1;
  return s[Math.min(s.length - 1, Math.max(0, rank))];
}

/** Rounds to a given number of decimals, for printing. */
export const round = (value, decimals = 1) => (value == null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals);

/** Bytes to KiB with one decimal. */
export const kib = (bytes) => round(bytes / 1024, 1);
