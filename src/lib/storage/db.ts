import Dexie, { type EntityTable } from 'dexie';
import type { Assessment } from '$lib/domain/assessment/types';
import { isConnectionLost, ReloadNeededError } from './errors';
import type { Attachment } from '$lib/domain/evidence/types';
import type { Snapshot } from '$lib/domain/history/snapshot';
import { summarize, type AssessmentSummary } from '$lib/domain/assessment/summary';
import { LISTINGS, listingsMiddleware } from './listings';

/** A small key-value row for app-wide facts such as the last full export. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'tessera';

/**
 * The one Dexie database. Every schema version stays listed here with its upgrade function,
 * so a browser holding any older version opens cleanly (see db.spec.ts fixtures).
 */
export class TesseraDb extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  attachments!: EntityTable<Attachment, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  /** A small summary per assessment, written with it (listings.ts): what the list reads. */
  listings!: EntityTable<AssessmentSummary, 'id'>;

  constructor(name = DB_NAME) {
    super(name, { cache: 'immutable' });
    // v1: assessments keyed by UUID, indexed for the list (last change, name) and tag search.
    this.version(1).stores({
      assessments: 'id, updatedAt, serviceName, *tags',
      meta: 'key'
    });
    // v2: photos and files per golden rule (Blobs, kept out of the assessment so lists stay
    // light), and workshop snapshots. Two new tables and nothing to transform: the upgrade
    // function is there because every version after the first ships one (see db.spec.ts).
    this.version(2)
      .stores({
        attachments: 'id, assessmentId, [assessmentId+ruleId]',
        snapshots: 'id, assessmentId'
      })
      .upgrade(() => {
        // Existing assessments have no attachments or snapshots yet: both tables start empty.
      });
    // v3: a summary per assessment (listings), so the list of a thousand reads small records.
    // The summaries are derived: if `summarize` ever changes, a new version recomputes them here.
    // The assessments' name and tag indexes go: only the listings are searched and sorted now,
    // and every index costs time on each write (an import of a thousand writes a thousand).
    this.version(3)
      .stores({ assessments: 'id, updatedAt', [LISTINGS]: 'id, updatedAt' })
      .upgrade(async (tx) => {
        const all: Assessment[] = await tx.table('assessments').toArray();
        await tx.table(LISTINGS).bulkPut(all.map(summarize));
      });
    this.use(listingsMiddleware);
  }
}

let instance: TesseraDb | null = null;
let closedForReload = false;

/** The shared database connection, opened on first use. */
export function getDb(): TesseraDb {
  instance ??= new TesseraDb();
  return instance;
}

/** Replaces the shared connection (tests use a fresh database each). */
export function useDb(db: TesseraDb): void {
  instance = db;
  closedForReload = false;
}

/**
 * Closes the shared connection for good, so another tab can upgrade or delete the database.
 * Every later operation fails with ReloadNeededError until the page is reloaded.
 */
export function closeForReload(): void {
  closedForReload = true;
  getDb().close();
}

/**
 * Runs a database operation, and if the connection was lost (iOS drops it after the app sat in
 * the background: "Connection to Indexed Database server lost") reopens it and tries once more.
 */
export async function withReconnect<T>(operation: () => Promise<T>): Promise<T> {
  if (closedForReload) throw new ReloadNeededError();
  try {
    return await operation();
  } catch (err) {
    if (closedForReload) throw new ReloadNeededError();
    if (!isConnectionLost(err)) throw err;
    const db = getDb();
    db.close({ disableAutoOpen: false });
    await db.open().catch((openErr: Error) => {
      throw new Dexie.OpenFailedError(openErr);
    });
    return operation();
  }
}
