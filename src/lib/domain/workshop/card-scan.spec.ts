import { describe, expect, it } from 'vitest';
import { recordReadings, startScan, summariseScan, type CardScan } from './card-scan';

const set = 'K7Q2MX';
const scanOf = (frames: string[][], setId: string | null = set): CardScan => frames.reduce(recordReadings, startScan(setId));
const tally = (ns: number, p: number, l: number, f: number) => ({ 'not-started': ns, partly: p, largely: l, fully: f });

describe('recordReadings and summariseScan', () => {
  it.each([
    {
      name: 'counts each card once, whatever the number of frames that show it',
      frames: [['TSV1:K7Q2MX:1:F', 'TSV1:K7Q2MX:2:P'], ['TSV1:K7Q2MX:1:F'], ['TSV1:K7Q2MX:2:P', 'TSV1:K7Q2MX:1:F']],
      handedOut: 3,
      expected: { read: 2, expected: 3, missing: [3], tally: tally(0, 1, 0, 1), notApplicable: 0, otherSets: 0, unknown: 0 }
    },
    {
      name: 'keeps the last reading of a card shown with two levels, across frames',
      frames: [['TSV1:K7Q2MX:3:P'], ['TSV1:K7Q2MX:3:F']],
      handedOut: 3,
      expected: { read: 1, expected: 3, missing: [1, 2], tally: tally(0, 0, 0, 1), notApplicable: 0, otherSets: 0, unknown: 0 }
    },
    {
      name: 'keeps the later of two readings in one frame',
      frames: [['TSV1:K7Q2MX:3:F', 'TSV1:K7Q2MX:3:N']],
      handedOut: 0,
      expected: { read: 1, expected: 3, missing: [1, 2], tally: tally(1, 0, 0, 0), notApplicable: 0, otherSets: 0, unknown: 0 }
    },
    {
      name: 'counts "not applicable" cards as read, outside the tally',
      frames: [['TSV1:K7Q2MX:1:X', 'TSV1:K7Q2MX:2:L']],
      handedOut: 2,
      expected: { read: 2, expected: 2, missing: [], tally: tally(0, 0, 1, 0), notApplicable: 1, otherSets: 0, unknown: 0 }
    },
    {
      name: 'ignores codes that are not vote cards, counting each distinct one once',
      frames: [['https://example.org/', 'TSV2:K7Q2MX:1:F', 'TSV1:K7Q2MX:1:F'], ['https://example.org/']],
      handedOut: 1,
      expected: { read: 1, expected: 1, missing: [], tally: tally(0, 0, 0, 1), notApplicable: 0, otherSets: 0, unknown: 2 }
    },
    {
      name: 'ignores cards of another set, even with the same number',
      frames: [['TSV1:ABCDEF:1:N', 'TSV1:ABCDEF:2:N', 'TSV1:K7Q2MX:1:F'], ['TSV1:ABCDEF:1:N']],
      handedOut: 2,
      expected: { read: 1, expected: 2, missing: [2], tally: tally(0, 0, 0, 1), notApplicable: 0, otherSets: 2, unknown: 0 }
    },
    {
      name: 'expects more cards when a higher number than handed out is read',
      frames: [['TSV1:K7Q2MX:5:L']],
      handedOut: 3,
      expected: { read: 1, expected: 5, missing: [1, 2, 3, 4], tally: tally(0, 0, 1, 0), notApplicable: 0, otherSets: 0, unknown: 0 }
    }
  ])('$name', ({ frames, handedOut, expected }) => {
    expect(summariseScan(scanOf(frames), handedOut)).toEqual(expected);
  });

  it('takes the set of the first card read when this device has none', () => {
    const scan = scanOf([['hello', 'TSV1:ABCDEF:4:P', 'TSV1:K7Q2MX:1:F'], ['TSV1:ABCDEF:2:L']], null);
    expect(scan.setId).toBe('ABCDEF');
    expect(summariseScan(scan, 0)).toMatchObject({ read: 2, missing: [1, 3], otherSets: 1, unknown: 1 });
  });

  it('returns the same scan when a frame adds nothing new, so nothing re-renders', () => {
    const scan = scanOf([['TSV1:K7Q2MX:1:F', 'noise', 'TSV1:ABCDEF:1:N']]);
    expect(recordReadings(scan, ['TSV1:K7Q2MX:1:F', 'noise', 'TSV1:ABCDEF:1:N'])).toBe(scan);
    expect(recordReadings(scan, [])).toBe(scan);
  });

  it('never changes the scan it was given', () => {
    const scan = scanOf([['TSV1:K7Q2MX:1:F']]);
    recordReadings(scan, ['TSV1:K7Q2MX:1:N', 'TSV1:K7Q2MX:2:N', 'x', 'TSV1:ABCDEF:1:N']);
    expect(summariseScan(scan, 1)).toMatchObject({ read: 1, tally: tally(0, 0, 0, 1), unknown: 0, otherSets: 0 });
  });
});
