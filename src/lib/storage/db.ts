import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Assessment } from '$lib/domain/assessment/types';
import { isConnectionLost, ReloadNeededError } from './errors';
import type { Attachment } from '$lib/domain/evidence/types';
import type { Snapshot } from '$lib/domain/history/snapshot';
import { summarize, type AssessmentSummary } from '$lib/domain/assessment/summary';
import { LISTINGS, listingsMiddleware, refreshListings } from './listings';
import { ALL, TEAM_CHANGES, teamChangesMiddleware, type TeamChangeRow } from './team/team-changes';
import { withClocks } from '$lib/domain/sync/registers';
import type { Conflict } from '$lib/domain/sync/conflicts';
import { DB_NAME } from './db-name';
import { markDatabaseOpened } from './database-presence';
import { endTransactionsOnPageHide, runningTransactionsMiddleware } from './page-hide';

/** A conflict found by an import, kept until the facilitator has looked at it (domain/sync/conflicts.ts). */
export interface StoredConflict extends Conflict {
  /** `<assessmentId> <key>`: one open conflict per field; a later one on the same field replaces it. */
  id: string;
  assessmentId: string;
  /** Where the other version came from: the file's name. */
  source: string;
  foundAt: string;
}

/** What this device has seen exchanged for one assessment: the versions of its fields in files it exported or imported. */
export interface ExchangedRow {
  id: string;
  versions: string[];
}

/**
 * What this device last synced of one team document (team-sync.ts): the revision it holds and a
 * fingerprint of its local record then, so a changed record is found without asking the server.
 */
export interface TeamDocRow {
  /** The CouchDB document id (domain/sync/team-docs.ts). */
  id: string;
  rev: string;
  fingerprint: string;
  /** For an assessment deleted in the team: when; null while it is live. */
  deletedAt: string | null;
  /** Conflicting revisions merged here, to delete with the next push. */
  losers?: string[];
  /** For an assessment: its service name, so a deleted one can be listed for a restore. */
  name?: string;
  /** For a photo or file: CouchDB's digest of its bytes, so a caption change can send a stub instead of the bytes. */
  digest?: string;
}

/** A small key-value row for app-wide facts such as the last full export. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export { DB_NAME };

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
  /** Conflicts an import found, until the facilitator has settled them. */
  conflicts!: EntityTable<StoredConflict, 'id'>;
  /** Per assessment, the field versions last exchanged: the common base conflicts are found against. */
  exchanged!: EntityTable<ExchangedRow, 'id'>;
  /** Per team document, what this device last synced (empty while Team space is off). */
  teamDocs!: EntityTable<TeamDocRow, 'id'>;
  /** Which assessments may have something to send to the team (team/team-changes.ts). */
  teamChanges!: EntityTable<TeamChangeRow, 'id'>;

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
    // v4: per-field clocks and tombstones in every assessment (and snapshot), so merges go field by
    // field; each field takes the time its part recorded (withClocks). Two new tables: conflicts an
    // import found, and what was last exchanged per assessment. The assessments' summaries are
    // unchanged: clocks are not part of them.
    this.version(4).stores({ conflicts: 'id, assessmentId', exchanged: 'id' }).upgrade(writeEveryClock);
    // v5: Team space. What this device last synced of each document of the team database. A new
    // table and nothing to transform: nothing was synced before.
    this.version(5)
      .stores({ teamDocs: 'id' })
      .upgrade(() => {
        // Team space starts off: the table starts empty.
      });
    // v6: the team change log (team/team-changes.ts): which assessments may have something to send,
    // so a sync reads those, not all. Whatever changed before the log existed is unknown to it: a
    // first marker says "read everything" once. And every list item gets the time it was added
    // (clocks.added, which orders the lists), taken in the order the lists hold them (withClocks).
    this.version(6)
      .stores({ [TEAM_CHANGES]: 'id' })
      .upgrade(async (tx) => {
        await tx.table(TEAM_CHANGES).put({ id: ALL, token: crypto.randomUUID() });
        await writeEveryClock(tx);
      });
    this.use(listingsMiddleware);
    this.use(teamChangesMiddleware);
    this.use(runningTransactionsMiddleware);
    // Summaries computed by an older methodology or summarize() are rebuilt before anything reads them.
    // Rebuilding the summaries must never keep the database from opening: an odd stored record
    // that cannot be summarised leaves the old summaries in place, and the app still opens.
    this.on('ready', (db) => {
      markDatabaseOpened();
      return refreshListings(db).then(
        () => undefined,
        (err: unknown) => console.warn('The list summaries could not be rebuilt', err)
      );
    });
  }
}

/**
 * Applies an upgrade to every row of a table. An odd record (written by hand or by a broken build)
 * that the upgrade cannot read keeps its fields as they are: a failed upgrade would lock the
 * facilitator out of everything stored.
 */
async function upgradeEach<T>(table: Table<T>, upgrade: (row: T) => void): Promise<void> {
  await table.toCollection().modify((row) => {
    try {
      upgrade(row);
    } catch (err) {
      console.warn('Left a record as it was', (row as { id?: unknown })?.id, err);
    }
  });
}

/** Every clock written out in every assessment and snapshot (withClocks; idempotent). */
async function writeEveryClock(tx: Transaction): Promise<void> {
  await upgradeEach(tx.table('assessments'), (a: Assessment) => (a.clocks = withClocks(a).clocks));
  await upgradeEach(tx.table('snapshots'), (s: Snapshot) => (s.assessment = withClocks(s.assessment)));
}

let instance: TesseraDb | null = null;
let closedForReload = false;

/** The shared database connection, opened on first use. */
export function getDb(): TesseraDb {
  if (!instance) {
    instance = new TesseraDb();
    endTransactionsOnPageHide(instance);
  }
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
