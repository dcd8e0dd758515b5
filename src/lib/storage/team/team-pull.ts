import type { Assessment, Timestamp } from '$lib/domain/assessment/types';
import type { Attachment } from '$lib/domain/evidence/types';
import { base64ToBytes } from '$lib/domain/evidence/base64';
import { sha256Hex } from '$lib/domain/evidence/sha256';
import { findConflicts } from '$lib/domain/sync/conflicts';
import {
  canonical,
  fingerprint,
  versionOf,
  isTeamDoc,
  parseDocId,
  planIncoming,
  resolveRevisions,
  type AssessmentDoc,
  type AttachmentDoc,
  type TeamDoc
} from '$lib/domain/sync/team-docs';
import { getDb, withReconnect, type StoredConflict, type TeamDocRow, type TesseraDb } from '../db';
import { storedConflict } from '../conflicts-repository';
import { knownVersionsIn, rememberIn } from '../exchanged-repository';
import { TEAM_PROGRESS_KEY, type TeamProgress } from './team-settings';
import type { ChangeRow, CouchClient } from './couch-client';

/*
 * Applying documents from the team database to this device. Everything that needs the network or
 * crypto (conflicting revisions, checking photos' SHA-256) is done first; then one IndexedDB
 * transaction writes the batch and, for a batch of `_changes`, the checkpoint after it. So an
 * interrupted sync loses nothing and repeats nothing: either the batch and its checkpoint are
 * stored, or neither is and the same batch is read again.
 */

/** Where a conflict found by a sync came from (shown in the conflict review). */
export const TEAM_SOURCE = 'Team space';

/** An incoming document ready to write: its revision, its resolved content, the revisions merged into it. */
interface Incoming {
  id: string;
  rev: string;
  /** Null when CouchDB deleted the document (a purge). */
  doc: TeamDoc | null;
  /** For an assessment with conflicting revisions: all of them merged. */
  resolved?: { assessment: Assessment; deletedAt: Timestamp | null };
  losers: string[];
  /** For a photo or file: its bytes, checked against its SHA-256 (absent when this device has this revision). */
  blob?: Blob;
  /** For a photo or file: CouchDB's digest of the bytes. */
  digest?: string;
}

/** Fetches what a batch needs from the network and checks photos' bytes, before any transaction opens. */
export async function prepareIncoming(client: CouchClient, rows: readonly ChangeRow[]): Promise<Incoming[]> {
  const prepared: Incoming[] = [];
  const held = await withReconnect(() => getDb().teamDocs.bulkGet(rows.map((r) => r.id)));
  const heldRev = new Map(held.flatMap((r) => (r ? [[r.id, r.rev] as const] : [])));
  for (const row of rows) {
    const rev = row.doc?._rev ?? row.changes[0]?.rev ?? '';
    if (row.deleted || row.doc?._deleted) {
      prepared.push({ id: row.id, rev, doc: null, losers: [] });
      continue;
    }
    if (!isTeamDoc(row.doc) || !parseDocId(row.id)) continue;
    const doc = row.doc;
    const losers = row.doc._conflicts ?? [];
    const item: Incoming = { id: row.id, rev, doc, losers };
    if (doc.type === 'assessment') {
      const others = await Promise.all(losers.map((r) => client.getRevision(row.id, r)));
      item.resolved = resolveRevisions([doc, ...others.filter((d): d is AssessmentDoc & typeof d => isTeamDoc(d) && d.type === 'assessment')]);
    }
    if (doc.type === 'attachment') {
      item.digest = (doc._attachments?.file as { digest?: string } | undefined)?.digest;
      if (heldRev.get(row.id) === rev) {
        prepared.push(item);
        continue;
      }
      const full = doc._attachments?.file?.data ? doc : await client.getRevision(row.id, rev);
      const data = (full as unknown as AttachmentDoc)._attachments?.file?.data;
      const bytes = data ? base64ToBytes(data) : null;
      // Bytes that do not match their SHA-256 are not stored (nor recorded as synced).
      if (!bytes || bytes.byteLength !== doc.meta.size || (await sha256Hex(bytes)) !== doc.meta.sha256) continue;
      item.blob = new Blob([bytes], { type: doc.meta.type });
    }
    prepared.push(item);
  }
  return prepared;
}

/** Reads again the photos, files and snapshots of assessments restored in the team, and stores them. */
export async function refetchEvidence(client: CouchClient, assessmentIds: readonly string[], now: Timestamp): Promise<void> {
  for (const id of assessmentIds) {
    const docs = [...(await client.withPrefix(`s:${id}:`)), ...(await client.withPrefix(`f:${id}:`))];
    const items = await prepareIncoming(
      client,
      docs.map((d) => ({ id: d._id, seq: null, changes: [{ rev: d._rev }], doc: d }))
    );
    await withReconnect(() => applyIncoming(items, now));
  }
}

/** What a batch did here, counted. */
export interface PullCounts {
  stored: number;
  removed: number;
  conflicts: number;
  /** Assessments back after a deletion here (restored in the team): their photos, files and snapshots are to be read again. */
  revived?: string[];
}

/** Removes an assessment and everything of it from this device, inside the caller's transaction. */
async function removeLocally(db: TesseraDb, assessmentId: string) {
  await db.assessments.delete(assessmentId);
  await db.attachments.where('assessmentId').equals(assessmentId).delete();
  await db.snapshots.where('assessmentId').equals(assessmentId).delete();
  await db.conflicts.where('assessmentId').equals(assessmentId).delete();
  await db.exchanged.delete(assessmentId);
}

/**
 * Writes a prepared batch in one transaction, with the checkpoint after it when given. A document
 * this device already holds at the same revision is skipped (its own pushes come back this way).
 */
export async function applyIncoming(items: readonly Incoming[], now: Timestamp, progress?: TeamProgress): Promise<PullCounts> {
  const db = getDb();
  return db.transaction('rw', [db.assessments, db.attachments, db.snapshots, db.conflicts, db.exchanged, db.teamDocs, db.meta], async () => {
    const counts: PullCounts = { stored: 0, removed: 0, conflicts: 0 };
    const rows = new Map((await db.teamDocs.bulkGet(items.map((i) => i.id))).flatMap((r) => (r ? [[r.id, r] as const] : [])));
    const found: StoredConflict[] = [];
    const revived: string[] = [];
    const rowOf = (item: Incoming, fp: string, extra: Partial<TeamDocRow> = {}): TeamDocRow => ({
      id: item.id,
      rev: item.rev,
      fingerprint: fp,
      deletedAt: null,
      ...extra
    });
    for (const item of items) {
      const row = rows.get(item.id);
      if (row && row.rev === item.rev && item.losers.length === 0) {
        // Its own push come back: only the digest CouchDB computed is new.
        if (item.digest && row.digest !== item.digest) await db.teamDocs.put({ ...row, digest: item.digest });
        continue;
      }
      const parsed = parseDocId(item.id);
      if (!parsed) continue;
      if (!item.doc) {
        // Purged from the team: gone here too.
        if (parsed.kind === 'assessment') await removeLocally(db, parsed.assessmentId);
        else if (parsed.kind === 'attachment') await db.attachments.delete(item.id.slice(item.id.lastIndexOf(':') + 1));
        else await db.snapshots.delete(item.id.slice(item.id.lastIndexOf(':') + 1));
        await db.teamDocs.delete(item.id);
        continue;
      }
      const doc = item.doc;
      if (doc.type === 'assessment') {
        const here = await db.assessments.get(doc.assessment.id);
        // Deleted here and not yet pushed: the deletion goes out with the next push.
        if (!here && row && row.deletedAt === null) continue;
        const resolved = item.resolved!;
        const teamPrint = versionOf(canonical(resolved.assessment));
        const plan = planIncoming(here, resolved);
        if (plan.action === 'store') {
          if (!here && row) {
            revived.push(doc.assessment.id);
            await db.teamDocs.where('id').startsWith(`f:${doc.assessment.id}:`).delete();
            await db.teamDocs.where('id').startsWith(`s:${doc.assessment.id}:`).delete();
          }
          const dirty = here !== undefined && (!row || versionOf(here) !== row.fingerprint);
          if (here && dirty) {
            const known = (await knownVersionsIn(db, [here.id])).get(here.id) ?? new Set();
            found.push(...findConflicts(here, resolved.assessment, known).map((c) => storedConflict(here.id, c, TEAM_SOURCE, now)));
          }
          await db.assessments.put(plan.assessment);
          await rememberIn(db, [resolved.assessment]);
          // The row holds the team's version: a merged copy that differs from it is pushed next.
          await db.teamDocs.put(rowOf(item, teamPrint, { deletedAt: resolved.deletedAt, losers: item.losers, name: resolved.assessment.serviceName }));
          counts.stored++;
        } else {
          if (plan.action === 'remove') counts.removed++;
          await removeLocally(db, parsed.assessmentId);
          await db.teamDocs.put(rowOf(item, teamPrint, { deletedAt: resolved.deletedAt, losers: item.losers, name: resolved.assessment.serviceName }));
        }
        continue;
      }
      // Photos, files and snapshots of an assessment deleted in the team wait there for a restore.
      const owner = await db.teamDocs.get(`a:${parsed.assessmentId}`);
      const ownerGone = owner?.deletedAt != null && !(await db.assessments.get(parsed.assessmentId));
      if (doc.type === 'snapshot') {
        if (!ownerGone && !(await db.snapshots.get(doc.snapshot.id))) await db.snapshots.put(doc.snapshot);
        await db.teamDocs.put(rowOf(item, fingerprint(doc.snapshot)));
      } else {
        const here = await db.attachments.get(doc.meta.id);
        const newerHere = here !== undefined && here.updatedAt > doc.meta.updatedAt;
        if (!ownerGone && !newerHere) {
          const record: Attachment = { ...doc.meta, blob: item.blob!, thumbnail: here?.thumbnail ?? null };
          await db.attachments.put(record);
        }
        await db.teamDocs.put(rowOf(item, fingerprint(doc.meta), { digest: item.digest }));
      }
      counts.stored++;
    }
    if (found.length > 0) await db.conflicts.bulkPut(found);
    counts.conflicts = found.length;
    counts.revived = revived;
    if (progress) await db.meta.put({ key: TEAM_PROGRESS_KEY, value: progress });
    return counts;
  });
}
