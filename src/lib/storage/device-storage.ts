import type { Timestamp } from '$lib/domain/assessment/types';
import { meta } from './meta-repository';

/** What the browser says about this site's storage. */
export interface StorageReport {
  /** null when the browser does not tell. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Reads persistence and usage from the Storage API, where the browser has it. */
export async function readStorageReport(): Promise<StorageReport> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep this site's data; must run from a user gesture. True if granted. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  return navigator.storage.persist().catch(() => false);
}

/**
 * After the first saved assessment, asks the browser once to keep this site's data, and
 * remembers that it asked. Call it straight from the click that saved, while the gesture counts.
 */
export async function requestPersistenceOnce(now: Timestamp): Promise<void> {
  if (await meta.get('persistenceAskedAt')) return;
  await requestPersistence();
  await meta.set('persistenceAskedAt', now);
}
