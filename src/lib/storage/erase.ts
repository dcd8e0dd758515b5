import { getDb } from './db';

/** Every key Tessera writes to localStorage starts with this: the device's settings (the language, Team space, voting) and the mark that its database was opened. */
export const LOCAL_STORAGE_PREFIX = 'tessera.';

/**
 * Deletes everything Tessera stored on this device: the whole IndexedDB database and its
 * localStorage keys. Other open tabs are asked to close their connection first (they save, then
 * offer a reload). The app can go on: the next read creates a new, empty database.
 */
export async function eraseDevice(): Promise<void> {
  await getDb().delete({ disableAutoOpen: false });
  try {
    const keys = Object.keys(localStorage).filter((key) => key.startsWith(LOCAL_STORAGE_PREFIX));
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // localStorage blocked: then nothing was stored there either
  }
}
