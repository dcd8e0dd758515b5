import { describe, expect, it } from 'vitest';
import { localDay } from './local-day';

describe('localDay', () => {
  it.each([
    ['2026-12-01T23:30:00Z', 'Europe/Athens', '2026-12-02'],
    ['2026-12-01T23:30:00Z', 'Europe/Lisbon', '2026-12-01'],
    ['2026-12-02T00:30:00Z', 'Europe/Paris', '2026-12-02'],
    ['2026-12-02T03:00:00Z', 'America/New_York', '2026-12-01'],
    ['2026-06-30T21:30:00Z', 'Europe/Athens', '2026-07-01'],
    ['2027-01-01T10:00:00Z', 'Pacific/Kiritimati', '2027-01-02']
  ])('puts %s on the day %s sees (%s)', (instant, zone, day) => {
    expect(localDay(new Date(instant), zone)).toBe(day);
  });

  it('uses the device time zone when none is given', () => {
    const d = new Date(2026, 11, 2, 1, 30);
    expect(localDay(d)).toBe('2026-12-02');
  });

  it('pads months and days to two digits', () => {
    expect(localDay(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });
});
