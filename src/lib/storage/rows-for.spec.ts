import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TesseraDb, useDb } from './db';
import { keyScanFrom, rowsFor } from './rows-for';

let db: TesseraDb;
let n = 0;
beforeEach(async () => {
  db = new TesseraDb(`rows-for-test-${++n}`);
  useDb(db);
  // 300 rows, ids with characters that matter elsewhere (`&`, `#`, spaces).
  await db.exchanged.bulkPut(Array.from({ length: 300 }, (_, i) => ({ id: `a&#${i} x`, versions: [`k@${i}`] })));
});

/** Keys asked for: some stored, some not, one twice, in no particular order. */
const asked = (count: number) => Array.from({ length: count }, (_, i) => (i % 3 === 0 ? `missing-${i}` : `a&#${(i * 7) % 400} x`)).concat(['a&#5 x']);

describe('rowsFor', () => {
  it.each([
    ['a few keys', 3],
    ['many keys', keyScanFrom + 20]
  ])('answers, for %s, the row under each key in order, and undefined where there is none', async (_, count) => {
    const keys = asked(count);
    const expected = await db.exchanged.bulkGet(keys);
    expect(await db.transaction('r', db.exchanged, () => rowsFor(db.exchanged, keys))).toEqual(expected);
    expect(expected.some((row) => row === undefined)).toBe(true);
    expect(expected.some((row) => row !== undefined)).toBe(true);
  });

  it("reads the table's keys only for many keys: a read of one row does not scan them all", async () => {
    const scan = vi.spyOn(db.exchanged, 'toCollection');
    await rowsFor(db.exchanged, ['a&#1 x']);
    await rowsFor(db.exchanged, asked(keyScanFrom - 2));
    expect(scan).not.toHaveBeenCalled();
    await rowsFor(db.exchanged, asked(keyScanFrom));
    expect(scan).toHaveBeenCalledTimes(1);
  });

  it('answers nothing for no keys', async () => {
    expect(await rowsFor(db.exchanged, [])).toEqual([]);
  });
});
