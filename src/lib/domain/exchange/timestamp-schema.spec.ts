import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { timestamp } from './assessment-schema';
import { isValidInstant } from './timestamps';

/** The straightforward reading the fast path must agree with: ISO format, a real instant, rewritten as UTC. */
const reference = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check(isValidInstant),
  v.transform((s) => new Date(s).toISOString())
);

const agree = (text: string) => {
  const fast = v.safeParse(timestamp, text);
  const slow = v.safeParse(reference, text);
  expect(fast.success, text).toBe(slow.success);
  if (fast.success && slow.success) expect(fast.output, text).toBe(slow.output);
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('timestamp schema', () => {
  it('takes canonical text as it is and rewrites other offsets to UTC', () => {
    expect(v.parse(timestamp, '2026-11-23T06:20:28.000Z')).toBe('2026-11-23T06:20:28.000Z');
    expect(v.parse(timestamp, '2026-11-23T08:20:28+02:00')).toBe('2026-11-23T06:20:28.000Z');
    expect(v.parse(timestamp, '2024-02-29T00:00:00.000Z')).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses text that is not a timestamp', () => {
    for (const bad of ['2026-13-01T00:00:00.000Z', '2026-11-32T00:00:00.000Z', '2026-11-23T24:00:00.000Z', '2026-11-23', 'yesterday', '']) {
      expect(v.safeParse(timestamp, bad).success, bad).toBe(false);
    }
  });

  it('reads a day the month lacks as the browser does, rolled over, and stores that instant', () => {
    expect(v.parse(timestamp, '2023-02-29T00:00:00.000Z')).toBe('2023-03-01T00:00:00.000Z');
  });

  it('agrees with the plain reading on any instant toISOString writes', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => agree(d.toISOString())));
  });

  it('agrees with the plain reading on canonical-looking text with any day, month and time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 60 }),
        (year, month, day, hour, minute) => agree(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:00.000Z`)
      )
    );
  });
});
