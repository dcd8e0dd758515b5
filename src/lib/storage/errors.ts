/** Why a storage operation failed, in terms the UI can translate and act on. */
export type StorageErrorCode = 'quota' | 'unavailable' | 'connection-lost' | 'write-failed' | 'not-found';

const names = (err: unknown): string[] => {
  const out: string[] = [];
  let e: unknown = err;
  // Dexie wraps the browser's DOMException in `inner`; look through the chain.
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const rec = e as { name?: unknown; message?: unknown; inner?: unknown };
    if (typeof rec.name === 'string') out.push(rec.name);
    if (typeof rec.message === 'string') out.push(rec.message);
    e = rec.inner;
  }
  return out;
};

/** Classifies an error thrown by IndexedDB or Dexie. */
export function describeStorageError(err: unknown): StorageErrorCode {
  const text = names(err).join(' ');
  if (/QuotaExceeded/i.test(text)) return 'quota';
  if (/not found/i.test(text)) return 'not-found';
  if (/DatabaseClosed|connection.*lost|InvalidState/i.test(text)) return 'connection-lost';
  if (/MissingAPI|indexedDB API missing|SecurityError|OpenFailed|UnknownError/i.test(text)) return 'unavailable';
  return 'write-failed';
}

/** True for the error iOS throws after the app sat in the background: reopening fixes it. */
export function isConnectionLost(err: unknown): boolean {
  return describeStorageError(err) === 'connection-lost';
}
