import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { parseDocId } from '$lib/domain/sync/team-docs';

/*
 * The team change log: which assessments may have something to send. Every write to an assessment,
 * to one of its photos, files or snapshots, or to what this device last synced of them (teamDocs)
 * leaves a marker with the assessment's id, in the same transaction, below every part of the app
 * (like the listings, listings.ts). A sync then reads and fingerprints only the marked assessments,
 * not all of them: one edit costs one assessment's work, with a thousand on the device.
 *
 * A marker is a hint, never the truth: the sync still compares fingerprints, so a marker too many
 * costs a read, and a marker is only removed when what it marked is known to be in step. A write
 * the log cannot place (a range deleted, an id it cannot parse) marks everything (`ALL`), and the
 * next sync reads everything once, as it did before the log existed.
 */

/** The table of markers: `{ id: <assessment id> | ALL, token }`. */
export const TEAM_CHANGES = 'teamChanges';
/** The marker that says: read everything. */
export const ALL = '*';

export interface TeamChangeRow {
  id: string;
  /** New with every write, so a marker rewritten while a sync ran is not removed by that sync. */
  token: string;
}

const WATCHED = ['assessments', 'attachments', 'snapshots', 'teamDocs'];

const token = () => crypto.randomUUID();

/** The assessment a team document id names; ALL when the id cannot be read for sure. */
function assessmentOfDoc(docId: unknown): string {
  if (typeof docId !== 'string') return ALL;
  const parsed = parseDocId(docId);
  // A photo's or snapshot's document id ends with its own id: one more ':' and the split is unsure.
  if (!parsed || (parsed.kind !== 'assessment' && docId.slice(2 + parsed.assessmentId.length + 1).includes(':'))) return ALL;
  return parsed.assessmentId;
}

/**
 * The assessments a write touches (ALL when it cannot tell). Known at once for every write but a
 * photo's, file's or snapshot's delete, which reads the records first (in the same transaction).
 */
function touched(table: string, base: DBCoreTable, req: DBCoreMutateRequest): string[] | Promise<string[]> {
  if (req.type === 'deleteRange') return [ALL];
  if (table === 'teamDocs') {
    const ids = req.type === 'delete' ? req.keys : req.values.map((v: { id?: unknown }) => v?.id);
    return ids.map(assessmentOfDoc);
  }
  if (table === 'assessments') {
    const ids = req.type === 'delete' ? req.keys : req.values.map((v: { id?: unknown }) => v?.id);
    return ids.map((id) => (typeof id === 'string' ? id : ALL));
  }
  // A photo, file or snapshot: its assessment is in the record; for a delete, read it first.
  const owners = (records: readonly ({ assessmentId?: unknown } | undefined)[]) =>
    records.flatMap((r) => (r === undefined ? [] : [typeof r.assessmentId === 'string' ? r.assessmentId : ALL]));
  return req.type === 'delete' ? base.getMany({ trans: req.trans, keys: req.keys }).then(owners) : owners(req.values);
}

/**
 * Keeps the change log: read-write transactions on a watched table take the log into their scope,
 * and each write to a watched table writes its markers before it goes down.
 */
export const teamChangesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TesseraTeamChanges',
  create(down) {
    // Databases opened at an older version (during an upgrade) have no log yet.
    const hasLog = () => down.schema.tables.some((t) => t.name === TEAM_CHANGES);
    return {
      ...down,
      transaction(stores, mode, options): DBCoreTransaction {
        const widen = mode === 'readwrite' && stores.some((s) => WATCHED.includes(s)) && !stores.includes(TEAM_CHANGES) && hasLog();
        return down.transaction(widen ? [...stores, TEAM_CHANGES] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!WATCHED.includes(name) || !hasLog()) return table;
        const log = down.table(TEAM_CHANGES);
        return {
          ...table,
          mutate(req) {
            const mark = (ids: string[]) => {
              const values: TeamChangeRow[] = [...new Set(ids)].map((id) => ({ id, token: token() }));
              // Both requests are made at once, while the transaction is surely active.
              return Promise.all([table.mutate(req), values.length > 0 ? log.mutate({ type: 'put', trans: req.trans, values }) : null]).then(
                ([result]) => result
              );
            };
            const ids = touched(name, table, req);
            return Array.isArray(ids) ? mark(ids) : ids.then(mark);
          }
        };
      }
    };
  }
};
