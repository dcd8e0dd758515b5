import { getDb, withReconnect } from './db';

/** App-wide facts kept in the database next to the assessments (never personal data). */
export interface MetaFacts {
  /** When the user last exported every assessment at once (a full backup). */
  lastFullExportAt: string | null;
  /** When Tessera last asked the browser for persistent storage. */
  persistenceAskedAt: string | null;
}

const defaults: MetaFacts = { lastFullExportAt: null, persistenceAskedAt: null };

/** The only way the app reads and writes app-wide facts. */
export const meta = {
  /** One fact, or its default when never written. */
  async get<K extends keyof MetaFacts>(key: K): Promise<MetaFacts[K]> {
    const row = await withReconnect(() => getDb().meta.get(key));
    return (row?.value as MetaFacts[K] | undefined) ?? defaults[key];
  },

  /** Writes one fact. */
  async set<K extends keyof MetaFacts>(key: K, value: MetaFacts[K]): Promise<void> {
    await withReconnect(() => getDb().meta.put({ key, value }));
  }
};
