import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssessment } from '$lib/domain/assessment/factory';
import { rate } from '$lib/domain/assessment/edits';
import { closeForReload, getDb, TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { describeStorageError } from './errors';

let n = 0;
const originalPut = IDBObjectStore.prototype.put;

beforeEach(() => {
  useDb(new TesseraDb(`reconnect-${++n}`));
});
afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
});

/**
 * Makes the next `times` puts of an assessment throw `error`, the way a browser's IndexedDB would
 * (its summary in listings is written in the same transaction, so it fails with it).
 */
function failPuts(error: () => DOMException, times = Infinity): void {
  let left = times;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'assessments' && left-- > 0) throw error();
    return originalPut.apply(this, args);
  };
}

const stored = () => createAssessment({ serviceName: 'Stored before' }, 'stored', '2026-01-01T00:00:00.000Z');
const connectionLost = () => new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('writes when the connection drops', () => {
  it('reopens and saves when the connection was closed underneath (iOS after backgrounding)', async () => {
    await assessments.save(stored());
    getDb().backendDB().close();
    await assessments.update('stored', (a) => rate(a, 'strategy.rule.1', 'fully', '2026-01-02T00:00:00.000Z'));
    expect((await assessments.get('stored'))?.responses['strategy.rule.1']?.rating).toBe('fully');
  });

  it('reopens and retries once when a write reports the lost connection', async () => {
    await assessments.save(stored());
    failPuts(connectionLost, 1);
    await assessments.update('stored', (a) => rate(a, 'design.rule.1', 'partly', '2026-01-02T00:00:00.000Z'));
    const after = await assessments.get('stored');
    expect(after?.responses['design.rule.1']?.rating).toBe('partly');
    expect(after?.serviceName).toBe('Stored before');
  });

  it('gives up after one retry, and the stored version stays as it was', async () => {
    await assessments.save(stored());
    failPuts(connectionLost);
    const failure = assessments.update('stored', (a) => rate(a, 'design.rule.1', 'partly', '2026-01-02T00:00:00.000Z'));
    await expect(failure).rejects.toSatisfy((err) => describeStorageError(err) === 'connection-lost');
    IDBObjectStore.prototype.put = originalPut;
    expect(await assessments.get('stored')).toEqual(stored());
  });
});

describe('writes that cannot succeed', () => {
  it('reports a full disk without retrying, and keeps what was stored', async () => {
    await assessments.save(stored());
    let attempts = 0;
    failPuts(() => (attempts++, quota()));
    const failure = assessments.update('stored', (a) => rate(a, 'strategy.rule.1', 'fully', '2026-01-02T00:00:00.000Z'));
    await expect(failure).rejects.toSatisfy((err) => describeStorageError(err) === 'quota');
    expect(attempts).toBe(1);
    IDBObjectStore.prototype.put = originalPut;
    expect(await assessments.get('stored')).toEqual(stored());
  });

  it('refuses every operation once the connection was handed to another tab', async () => {
    await assessments.save(stored());
    closeForReload();
    await expect(assessments.save(createAssessment({ serviceName: 'Late' }, 'late', '2026-01-03T00:00:00.000Z'))).rejects.toSatisfy(
      (err) => describeStorageError(err) === 'reload-needed'
    );
    const reopened = new TesseraDb(getDb().name);
    expect(await reopened.assessments.toArray()).toEqual([stored()]);
    reopened.close();
  });
});
