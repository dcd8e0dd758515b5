import { beforeEach, describe, expect, it } from 'vitest';
import { TesseraDb, useDb } from './db';
import { meta } from './meta-repository';

let n = 0;
beforeEach(() => useDb(new TesseraDb(`meta-test-${++n}`)));

describe('meta repository', () => {
  it('answers the default for a fact never written', async () => {
    expect(await meta.get('lastFullExportAt')).toBeNull();
  });

  it('keeps the last value written', async () => {
    await meta.set('lastFullExportAt', '2026-11-01T10:00:00.000Z');
    await meta.set('lastFullExportAt', '2026-11-20T10:00:00.000Z');
    expect(await meta.get('lastFullExportAt')).toBe('2026-11-20T10:00:00.000Z');
    expect(await meta.get('persistenceAskedAt')).toBeNull();
  });
});
