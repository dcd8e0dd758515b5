import type { Observable } from 'dexie';
import { getDb, withReconnect } from '../db';
import { observe } from '../observe';

/*
 * Team space's settings and progress, kept in the meta table (never exported): which team
 * database, as whom, how far its changes have been read, and when the last sync ended. With no
 * settings stored, Team space is off and nothing is sent anywhere.
 */

export interface TeamSettings {
  /** The team database's URL, e.g. `/couchdb/team-north` (same origin) or a full https URL. */
  url: string;
  /** The CouchDB user signed in (the password is never stored: the session cookie stands for it). */
  user: string;
}

export interface TeamProgress {
  /** `last_seq` of the last batch of changes applied here (opaque: a number in PouchDB, a string in CouchDB). */
  checkpoint: unknown;
  /** When a sync last ended without an error. */
  lastSyncedAt: string | null;
}

const SETTINGS = 'team.settings';
const PROGRESS = 'team.progress';
const noProgress: TeamProgress = { checkpoint: 0, lastSyncedAt: null };

/** The only way the app reads and writes Team space's settings. */
export const teamSettings = {
  async get(): Promise<TeamSettings | null> {
    return withReconnect(async () => ((await getDb().meta.get(SETTINGS))?.value as TeamSettings | undefined) ?? null);
  },

  /** Turns Team space on for this database and user, starting from nothing synced. */
  async enable(settings: TeamSettings): Promise<void> {
    await withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.meta, db.teamDocs, async () => {
        const previous = (await db.meta.get(SETTINGS))?.value as TeamSettings | undefined;
        // Another database (or none before): what was synced with the old one says nothing about it.
        if (previous?.url !== settings.url) {
          await db.teamDocs.clear();
          await db.meta.put({ key: PROGRESS, value: noProgress });
        }
        await db.meta.put({ key: SETTINGS, value: settings });
      });
    });
  },

  /** Turns Team space off: nothing more is sent. The assessments stay on this device. */
  async disable(): Promise<void> {
    await withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.meta, db.teamDocs, async () => {
        await db.meta.bulkDelete([SETTINGS, PROGRESS]);
        await db.teamDocs.clear();
      });
    });
  },

  async progress(): Promise<TeamProgress> {
    return withReconnect(async () => ((await getDb().meta.get(PROGRESS))?.value as TeamProgress | undefined) ?? noProgress);
  },

  watch(): Observable<TeamSettings | null> {
    return observe(async () => ((await getDb().meta.get(SETTINGS))?.value as TeamSettings | undefined) ?? null);
  },

  watchProgress(): Observable<TeamProgress> {
    return observe(async () => ((await getDb().meta.get(PROGRESS))?.value as TeamProgress | undefined) ?? noProgress);
  }
};

export const TEAM_PROGRESS_KEY = PROGRESS;
