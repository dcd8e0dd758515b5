import { describe, expect, it } from 'vitest';
import { fitWithin, planImage, preferEncoded } from './image-plan';

describe('fitWithin', () => {
  it.each([
    [
      { width: 4032, height: 3024 },
      { width: 2048, height: 1536 }
    ],
    [
      { width: 3024, height: 4032 },
      { width: 1536, height: 2048 }
    ],
    [
      { width: 2048, height: 2048 },
      { width: 2048, height: 2048 }
    ],
    [
      { width: 800, height: 600 },
      { width: 800, height: 600 }
    ],
    [
      { width: 10000, height: 3 },
      { width: 2048, height: 1 }
    ],
    [
      { width: 4001, height: 3001 },
      { width: 2048, height: 1536 }
    ]
  ])('fits %o into %o', (size, expected) => {
    expect(fitWithin(size, 2048)).toEqual(expected);
  });

  it('never enlarges a small image', () => {
    expect(fitWithin({ width: 40, height: 30 }, 2048)).toEqual({ width: 40, height: 30 });
  });
});

describe('planImage', () => {
  it('downscales a camera photo to a long edge of 2,048 px', () => {
    expect(planImage({ width: 4032, height: 3024, type: 'image/jpeg', bytes: 4_000_000 })).toEqual({ action: 'encode', width: 2048, height: 1536 });
  });

  it('re-encodes a small JPEG too, which drops its location data', () => {
    expect(planImage({ width: 640, height: 480, type: 'image/jpeg', bytes: 50_000 })).toEqual({ action: 'encode', width: 640, height: 480 });
  });

  it('keeps a small PNG screenshot as it is, so its text stays sharp', () => {
    expect(planImage({ width: 1200, height: 800, type: 'image/png', bytes: 300_000 })).toEqual({ action: 'keep' });
  });

  it('re-encodes a heavy PNG within the edge', () => {
    expect(planImage({ width: 2000, height: 1500, type: 'image/png', bytes: 5_000_000 })).toEqual({ action: 'encode', width: 2000, height: 1500 });
  });
});

describe('preferEncoded', () => {
  const png = { width: 1000, height: 800, type: 'image/png', bytes: 2_000_000 };
  it('takes the re-encoded image when it is smaller', () => expect(preferEncoded(png, 300_000)).toBe(true));
  it('keeps the original when re-encoding made it larger', () => expect(preferEncoded(png, 2_500_000)).toBe(false));
  it('always takes the re-encoded image of one that was too large', () => {
    expect(preferEncoded({ ...png, width: 5000 }, 2_500_000)).toBe(true);
  });
  it('always takes the re-encoded JPEG', () => expect(preferEncoded({ ...png, type: 'image/jpeg' }, 2_500_000)).toBe(true));
});
