import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from './card-qr';
import { maxCards, serializeCardCode } from './vote-card-code';

/** The dark modules a path draws, read back from its rectangles. */
function modulesOf(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)][Number(x) + i] = true;
  }
  return grid;
}

describe('qrPath', () => {
  it('draws exactly the modules of the encoded code', () => {
    const text = serializeCardCode({ setId: 'K7Q2MX', card: 12, choice: 'largely' });
    const path = qrPath(text);
    expect(modulesOf(path.d, path.size)).toEqual(encode(text, { ecc: 'M', border: 4 }).data);
  });

  it('fits the longest card code in the smallest QR version, so its modules print largest', () => {
    const path = qrPath(serializeCardCode({ setId: 'ZZZZZZ', card: maxCards, choice: 'not-applicable' }));
    expect(path.version).toBe(1);
    expect(path.size).toBe(21 + 8);
  });
});
