import { beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('records a full export', async () => {
    await meta.recordFullExport('2026-11-20T10:00:00.000Z');
    expect(await meta.get('lastFullExportAt')).toBe('2026-11-20T10:00:00.000Z');
  });

  it('keeps each fact under its own key', async () => {
    await meta.set('persistenceAskedAt', '2026-11-02T10:00:00.000Z');
    await meta.set('backupReminderSnoozedUntil', '2026-11-03T10:00:00.000Z');
    expect(await meta.get('persistenceAskedAt')).toBe('2026-11-02T10:00:00.000Z');
    expect(await meta.get('backupReminderSnoozedUntil')).toBe('2026-11-03T10:00:00.000Z');
    expect(await meta.get('installHintDismissedAt')).toBeNull();
  });

  it('follows changes live', async () => {
    const seen: (string | null)[] = [];
    const sub = meta.watch('lastFullExportAt').subscribe((value) => seen.push(value));
    await vi.waitFor(() => expect(seen).toEqual([null]));
    await meta.recordFullExport('2026-11-20T10:00:00.000Z');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    sub.unsubscribe();
    expect(seen).toEqual([null, '2026-11-20T10:00:00.000Z']);
  });
});
