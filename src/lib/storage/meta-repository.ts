import type { Observable } from 'dexie';
import { getDb, withReconnect } from './db';
import { observe } from './observe';

/**
 * App-wide facts kept in the database next to the assessments (never personal data), each an
 * ISO timestamp or null. The privacy notice lists them: add a key here, update the notice too.
 */
export interface MetaFacts {
  /** When the user last exported every assessment at once (a full backup). */
  lastFullExportAt: string | null;
  /** When Tessera asked the browser for persistent storage (once, after the first save). */
  persistenceAskedAt: string | null;
  /** The backup reminder stays hidden until this moment ("Remind me tomorrow"). */
  backupReminderSnoozedUntil: string | null;
  /** When the user hid the "add Tessera to the Home Screen first" tip. */
  installHintDismissedAt: string | null;
}

export type MetaKey = keyof MetaFacts;

const defaults: MetaFacts = {
  lastFullExportAt: null,
  persistenceAskedAt: null,
  backupReminderSnoozedUntil: null,
  installHintDismissedAt: null
};

const read = async <K extends MetaKey>(key: K): Promise<MetaFacts[K]> => {
  const row = await getDb().meta.get(key);
  return (row?.value as MetaFacts[K] | undefined) ?? defaults[key];
};

/** The only way the app reads and writes app-wide facts. */
export const meta = {
  /** One fact, or its default when never written. */
  async get<K extends MetaKey>(key: K): Promise<MetaFacts[K]> {
    return withReconnect(() => read(key));
  },

  /** Writes one fact. */
  async set<K extends MetaKey>(key: K, value: MetaFacts[K]): Promise<void> {
    await withReconnect(() => getDb().meta.put({ key, value }));
  },

  /** Records that every assessment was just exported in one file; the export feature calls this. */
  async recordFullExport(at: string): Promise<void> {
    await this.set('lastFullExportAt', at);
  },

  /** One fact, live: re-emitted whenever any tab changes it. */
  watch<K extends MetaKey>(key: K): Observable<MetaFacts[K]> {
    return observe(() => read(key));
  }
};
