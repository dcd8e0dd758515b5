import type { Page } from '@playwright/test';

/** A failure IndexedDB can throw: the DOMException's name and message. */
export interface Fault {
  name: string;
  message: string;
  /** How many calls fail before the fault clears itself; omit for every call. */
  times?: number;
}

export const quotaExceeded: Fault = { name: 'QuotaExceededError', message: 'The quota has been exceeded.' };
/** What iOS Safari throws after the app sat in the background. */
export const connectionLost: Fault = { name: 'UnknownError', message: 'Connection to Indexed Database server lost. Refresh the page to try again' };
export const writeFailed: Fault = { name: 'UnknownError', message: 'Internal error.' };
/** What IDBDatabase.transaction() throws once the browser closed the connection underneath. */
export const connectionClosing: Fault = { name: 'InvalidStateError', message: 'The database connection is closing.' };

/**
 * Installs switchable faults in the page's IndexedDB before the app loads: writes (put/add) and
 * opening transactions can be made to throw, as a browser does when the disk is full or the
 * connection drops. Nothing in the app knows about this; it meets the same exceptions a browser throws.
 */
export async function installStorageFaults(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type F = { name: string; message: string; times?: number } | null;
    const faults: Record<'write' | 'transaction', F> = { write: null, transaction: null };
    (window as unknown as { __storageFaults: typeof faults }).__storageFaults = faults;
    const trip = (kind: 'write' | 'transaction') => {
      const fault = faults[kind];
      if (!fault) return;
      if (fault.times !== undefined && --fault.times <= 0) faults[kind] = null;
      throw new DOMException(fault.message, fault.name);
    };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        trip('write');
        return original.apply(this, args);
      };
    }
    const originalTransaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      trip('transaction');
      return originalTransaction.apply(this, args);
    } as IDBDatabase['transaction'];
  });
}

/** Makes writes (or opening transactions) fail from now on, `fault.times` times or until cleared. */
export async function setFault(page: Page, kind: 'write' | 'transaction', fault: Fault | null): Promise<void> {
  await page.evaluate(
    ([k, f]) => {
      (window as unknown as { __storageFaults: Record<string, unknown> }).__storageFaults[k] = f ? { ...f } : null;
    },
    [kind, fault] as const
  );
}

/** Reads one assessment straight from IndexedDB, bypassing the app. */
export async function readStoredAssessment(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (assessmentId) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('tessera');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('assessments').objectStore('assessments').get(assessmentId);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id
  );
}

/** True once a fault set with `times` has fired that many times (and cleared itself). */
export async function faultSpent(page: Page, kind: 'write' | 'transaction'): Promise<boolean> {
  return page.evaluate((k) => (window as unknown as { __storageFaults: Record<string, unknown> }).__storageFaults[k] === null, kind);
}
