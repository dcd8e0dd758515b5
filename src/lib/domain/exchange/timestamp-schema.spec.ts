import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, hasRealDay, timestamp } from './assessment-schema';
import { isValidInstant } from './timestamps';

/** The straightforward reading the fast path must agree with: ISO format, a real instant, rewritten as UTC. */
const reference = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check(hasRealDay),
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

  it.each([
    ['29 February of a leap year', '2024-02-29T00:00:00.000Z', true],
    ['29 February of a leap year, with an offset', '2024-02-29T23:30:00+02:00', true],
    ['29 February of 2000 (divisible by 400)', '2000-02-29T12:00:00Z', true],
    ['29 February of a common year', '2023-02-29T00:00:00.000Z', false],
    ['29 February of 1900 (divisible by 100)', '1900-02-29T00:00:00Z', false],
    ['30 February', '2026-02-30T10:00:00Z', false],
    ['30 February with a positive offset', '2026-02-30T10:00:00+02:00', false],
    ['30 February with a negative offset', '2026-02-30T01:00:00-05:00', false],
    ['30 February with a fraction', '2026-02-30T10:00:00.5Z', false],
    ['31 April', '2026-04-31T08:00:00Z', false],
    ['31 June, canonical', '2026-06-31T08:00:00.000Z', false],
    ['30 April', '2026-04-30T08:00:00+01:00', true],
    ['31 December', '2026-12-31T23:59:59Z', true]
  ])('on %s (%s) says valid: %s, without rolling it over', (_, text, valid) => {
    const result = v.safeParse(timestamp, text);
    expect(result.success).toBe(valid);
    if (result.success) expect(result.output.slice(5, 7)).toBe(new Date(text).toISOString().slice(5, 7));
    else expect(result.issues[0].message).toBe('bad-date');
  });

  const dayOf = (workshopDate: string) => v.safeParse(assessmentSchema.entries.workshopDate, workshopDate);

  it.each([
    ['', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2026-02-31', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-09-31', false],
    ['2026-11-30', true],
    ['2026-01-31', true]
  ])('takes %j as a calendar day: %s', (text, valid) => {
    const result = dayOf(text);
    expect(result.success).toBe(valid);
    if (!result.success) expect(result.issues[0].message).toBe('bad-date');
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
