import type { Timestamp } from '$lib/domain/assessment/types';
import { bytesToBase64 } from '$lib/domain/evidence/base64';
import { metaOf } from '$lib/domain/evidence/types';
import {
  assessmentDoc,
  assessmentDocId,
  attachmentDocId,
  fingerprint,
  versionOf,
  isPurgeable,
  isTeamDoc,
  parseDocId,
  snapshotDocId,
  type AssessmentDoc,
  type AttachmentDoc,
  type SnapshotDoc,
  type TeamDoc
} from '$lib/domain/sync/team-docs';
import { getDb, withReconnect, type TeamDocRow } from '../db';
import { applyIncoming, prepareIncoming, refetchEvidence, type PullCounts } from './team-pull';
import { TEAM_PROGRESS_KEY, teamSettings } from './team-settings';
import { findWaiting, settleMarkers } from './team-waiting';
import type { CouchClient } from './couch-client';

/*
 * One sync with the team database: pull every change since the stored checkpoint, batch by batch,
 * then push what changed here with _bulk_docs. A push that CouchDB refuses as a conflict (another
 * device pushed first) reads the team's version, merges it field by field (team-pull.ts) and
 * pushes the merged result, a few rounds at most. Conflicting revisions CouchDB keeps side by side
 * are merged into one and the losing ones deleted with the same push.
 */

/** Changes read per request (and per IndexedDB transaction). */
const BATCH = 200;
/** Push rounds before giving up until the next sync (each round means another device pushed in between). */
const ROUNDS = 4;

export interface SyncReport extends PullCounts {
  pushed: number;
}

/** An outgoing document with the fingerprint its row takes once CouchDB accepted it. */
interface Outgoing {
  doc: { _id: string; _rev?: string; _deleted?: boolean } | TeamDoc;
  fingerprint: string;
  deletedAt: Timestamp | null;
}

/** What changed here since the last sync, as documents to push (photos' bytes only when new). */
async function collectOutgoing(client: CouchClient, now: Timestamp): Promise<Outgoing[]> {
  const waiting = await findWaiting();
  await settleMarkers(waiting);
  const out: Outgoing[] = [];
  for (const { assessment: a, row, fingerprint: fp } of waiting.assessments) {
    out.push({ doc: assessmentDoc(a, row?.rev, null), fingerprint: fp, deletedAt: null });
    for (const loser of row?.losers ?? []) out.push({ doc: { _id: assessmentDocId(a.id), _rev: loser, _deleted: true }, fingerprint: '', deletedAt: null });
  }
  // Deleted here since the last sync: the team keeps the last version, marked deleted, for a restore.
  const { deleted } = waiting;
  if (deleted.length > 0) {
    const current = await client.getMany(deleted.map((r) => r.id));
    const settled: TeamDocRow[] = [];
    current.forEach((doc, i) => {
      if (isTeamDoc(doc) && doc.type === 'assessment' && doc.deletedAt === null) {
        out.push({ doc: { ...(doc as AssessmentDoc), deletedAt: now }, fingerprint: versionOf(doc.assessment), deletedAt: now });
      } else {
        // Already deleted (or purged) in the team: nothing to send.
        settled.push({ ...deleted[i], deletedAt: (isTeamDoc(doc) && doc.type === 'assessment' ? doc.deletedAt : null) ?? now });
      }
    });
    await withReconnect(() => getDb().teamDocs.bulkPut(settled));
  }
  for (const s of waiting.snapshots) {
    const doc: SnapshotDoc = { _id: snapshotDocId(s.assessmentId, s.id), type: 'snapshot', snapshot: s };
    out.push({ doc, fingerprint: fingerprint(s), deletedAt: null });
  }
  for (const { attachment: a, row, fingerprint: fp } of waiting.attachments) {
    // A caption change keeps the bytes CouchDB has (a stub); a new photo sends them.
    const file = row?.digest
      ? { content_type: a.type, stub: true, digest: row.digest }
      : { content_type: a.type, data: bytesToBase64(new Uint8Array(await a.blob.arrayBuffer())) };
    const doc: AttachmentDoc = {
      _id: attachmentDocId(a.assessmentId, a.id),
      ...(row ? { _rev: row.rev } : {}),
      type: 'attachment',
      meta: metaOf(a),
      _attachments: { file }
    };
    out.push({ doc, fingerprint: fp, deletedAt: null });
  }
  for (const row of waiting.removedAttachments) out.push({ doc: { _id: row.id, _rev: row.rev, _deleted: true }, fingerprint: '', deletedAt: null });
  return out;
}

/** The digest a stub sent keeps (the bytes did not change). */
const digestOf = (doc: object): { digest?: string } => {
  const file = (doc as AttachmentDoc)._attachments?.file as { digest?: string } | undefined;
  return file?.digest ? { digest: file.digest } : {};
};

/** Records what CouchDB accepted; returns the ids it refused as conflicts. */
async function recordPushed(
  outgoing: readonly Outgoing[],
  results: readonly { id: string; rev?: string; error?: string }[]
): Promise<{ pushed: number; conflicted: string[] }> {
  const accepted: TeamDocRow[] = [];
  const removed: string[] = [];
  const conflicted: string[] = [];
  results.forEach((result, i) => {
    const sent = outgoing[i];
    const doc = sent.doc as { _deleted?: boolean; _rev?: string };
    if (result.error === 'conflict') conflicted.push(result.id);
    else if (result.rev && doc._deleted) {
      if (parseDocId(result.id)?.kind === 'attachment') removed.push(result.id);
    } else if (result.rev)
      accepted.push({ id: result.id, rev: result.rev, fingerprint: sent.fingerprint, deletedAt: sent.deletedAt, losers: [], ...digestOf(sent.doc) });
  });
  await withReconnect(() => {
    const db = getDb();
    return db.transaction('rw', db.teamDocs, async () => {
      await db.teamDocs.bulkPut(accepted);
      await db.teamDocs.bulkDelete(removed);
    });
  });
  return { pushed: accepted.length + removed.length, conflicted: [...new Set(conflicted)] };
}

/**
 * Deletes for good, in CouchDB, the assessments deleted more than RESTORE_DAYS ago, with their
 * photos, files and snapshots: from then on they cannot be restored. Any device may do it; a
 * device that finds it done already (a 409) leaves it.
 */
async function purgeOldDeletions(client: CouchClient, now: Timestamp): Promise<number> {
  const rows = await withReconnect(() => getDb().teamDocs.toArray());
  const expired = new Set(rows.filter((r) => r.deletedAt !== null && isPurgeable(r.deletedAt, now)).map((r) => parseDocId(r.id)!.assessmentId));
  if (expired.size === 0) return 0;
  const doomed = rows.filter((r) => expired.has(parseDocId(r.id)?.assessmentId ?? ''));
  const results = await client.bulkDocs(doomed.map((r) => ({ _id: r.id, _rev: r.rev, _deleted: true })));
  const done = results.filter((r) => r.ok || r.error === 'conflict').map((r) => r.id);
  await withReconnect(() => getDb().teamDocs.bulkDelete(done));
  return results.filter((r) => r.ok).length;
}

/** Reads every change since the checkpoint, batch by batch, each batch stored with its checkpoint. */
async function pull(client: CouchClient, now: Timestamp, report: SyncReport) {
  const progress = await teamSettings.progress();
  const { lastSyncedAt } = progress;
  let { checkpoint } = progress;
  for (;;) {
    const page = await client.changes(checkpoint, BATCH);
    const items = await prepareIncoming(client, page.results);
    checkpoint = page.last_seq;
    const counts = await withReconnect(() => applyIncoming(items, now, { checkpoint, lastSyncedAt }));
    // (If the app stops right here, the next restore or edit of that assessment reads them again.)
    await refetchEvidence(client, counts.revived ?? [], now);
    report.stored += counts.stored;
    report.removed += counts.removed;
    report.conflicts += counts.conflicts;
    if (page.results.length < BATCH) return;
  }
}

/**
 * Syncs this device with the team database once: pull, then push, then mark the time. Throws a
 * TeamServerError (signed out, unreachable, no permission…) or a storage error; whatever was done
 * before the error is kept, and the next sync goes on from there.
 */
export async function syncWithTeam(client: CouchClient, clock: () => Timestamp): Promise<SyncReport> {
  try {
    return await syncOnce(client, clock);
  } catch (err) {
    throw await client.explain(err);
  }
}

async function syncOnce(client: CouchClient, clock: () => Timestamp): Promise<SyncReport> {
  const report: SyncReport = { stored: 0, removed: 0, conflicts: 0, pushed: 0 };
  await pull(client, clock(), report);
  for (let round = 0; round < ROUNDS; round++) {
    const outgoing = await collectOutgoing(client, clock());
    if (outgoing.length === 0) break;
    const results = await client.bulkDocs(outgoing.map((o) => o.doc));
    const { pushed, conflicted } = await recordPushed(outgoing, results);
    report.pushed += pushed;
    // The next round finds nothing more to send and takes the pushed ones off the change log; or,
    // if another device pushed first, merges its version here and pushes again.
    if (conflicted.length === 0) continue;
    const current = await client.getMany(conflicted);
    const rows = current.flatMap((doc) => (doc ? [{ id: doc._id, seq: null, changes: [{ rev: doc._rev }], doc }] : []));
    const counts = await withReconnect(async () => applyIncoming(await prepareIncoming(client, rows), clock()));
    report.conflicts += counts.conflicts;
  }
  report.pushed += await purgeOldDeletions(client, clock());
  const { checkpoint } = await teamSettings.progress();
  await withReconnect(() => getDb().meta.put({ key: TEAM_PROGRESS_KEY, value: { checkpoint, lastSyncedAt: clock() } }));
  return report;
}
