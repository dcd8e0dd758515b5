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
