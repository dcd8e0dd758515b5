/** Why a storage operation failed, in terms the UI can translate and act on. */
export type StorageErrorCode = 'quota' | 'unavailable' | 'files-refused' | 'connection-lost' | 'write-failed' | 'not-found' | 'reload-needed';

/**
 * Thrown once this tab has handed the database over to another tab (a newer version of the app,
 * or "Delete all data"): writing with the old connection could store stale shapes, so the page
 * must be reloaded first.
 */
export class ReloadNeededError extends Error {
  override name = 'ReloadNeededError';
  constructor() {
    super('the database was upgraded or deleted in another tab; reload the page');
  }
}

/** Thrown when an edit targets a record that is no longer stored (deleted in another tab). */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
}

const texts = (err: unknown): string => {
  const out: string[] = [];
  let e: unknown = err;
  // Dexie wraps the browser's DOMException in `inner`; look through the chain.
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const rec = e as { name?: unknown; message?: unknown; inner?: unknown };
    if (typeof rec.name === 'string') out.push(rec.name);
    if (typeof rec.message === 'string') out.push(rec.message);
    e = rec.inner;
  }
  return out.join(' ');
};

// First match wins: the most specific causes come first. iOS reports a lost connection as an
// UnknownError whose message says so (WebKit bug 197050), also when it surfaces through a failed
// reopen, so the message is checked before the error names.
const rules: [RegExp, StorageErrorCode][] = [
  [/ReloadNeeded/, 'reload-needed'],
  [/QuotaExceeded/i, 'quota'],
  [/RecordNotFound/, 'not-found'],
  // WebKit keeps IndexedDB Blobs in files, and a private (ephemeral) session has none to give:
  // every photo or file is refused there, while text still saves. Trying again cannot help.
  [/Error preparing Blob\/File data/i, 'files-refused'],
  [/connection.*lost/i, 'connection-lost'],
  [/MissingAPI|indexedDB API missing|SecurityError|OpenFailed|VersionError/i, 'unavailable'],
  [/DatabaseClosed|InvalidState/i, 'connection-lost']
];

/** Classifies an error thrown by IndexedDB or Dexie. */
export function describeStorageError(err: unknown): StorageErrorCode {
  const text = texts(err);
  const code = rules.find(([pattern]) => pattern.test(text))?.[1] ?? 'write-failed';
  // Dexie reports an operation on a database that failed to open as DatabaseClosedError with
  // the reason inside; that is an unavailable storage, not a dropped connection.
  if (code === 'connection-lost' && opened(err) === false && !/connection.*lost/i.test(text)) return 'unavailable';
  return code;
}

/** False when the error says the database never opened; null when it does not say. */
function opened(err: unknown): boolean | null {
  const e = err as { name?: unknown; inner?: { name?: unknown } } | null;
  if (e?.name !== 'DatabaseClosedError' || !e.inner) return null;
  return e.inner.name === 'DatabaseClosedError' ? null : false;
}

/** True for the error iOS throws after the app sat in the background: reopening fixes it. */
export function isConnectionLost(err: unknown): boolean {
  return describeStorageError(err) === 'connection-lost';
}
