import type { Assessment } from '$lib/domain/assessment/types';
import { metaOf, type Attachment } from '$lib/domain/evidence/types';
import type { Snapshot } from '$lib/domain/history/snapshot';
import { assessmentDocId, attachmentDocId, fingerprint, parseDocId, snapshotDocId, versionOf } from '$lib/domain/sync/team-docs';
import { getDb, withReconnect, type TeamDocRow } from '../db';
import { ALL, type TeamChangeRow } from './team-changes';

/*
 * What this device has to send to the team: the assessments, photos, files and snapshots that
 * changed or were deleted since they were last synced. Found by fingerprint against what was
 * synced (teamDocs), among the assessments the change log marked (team-changes.ts): all of them
 * only when the log says so, or before the first sync.
 */

export interface Waiting {
  /** Assessments changed here (or never sent), with their row and fingerprint. */
  assessments: { assessment: Assessment; row: TeamDocRow | undefined; fingerprint: string }[];
  /** Rows of assessments deleted here that the team still holds live. */
  deleted: TeamDocRow[];
  /** Snapshots the team does not have yet. */
  snapshots: Snapshot[];
  /** Photos and files new or changed here. */
  attachments: { attachment: Attachment; row: TeamDocRow | undefined; fingerprint: string }[];
  /** Rows of photos and files removed from an assessment that is still here. */
  removedAttachments: TeamDocRow[];
  /** The log's markers as read, and whether it said to read everything. */
  markers: TeamChangeRow[];
  everything: boolean;
}

/** How many records wait to be sent. */
export const waitingCount = (w: Waiting) => w.assessments.length + w.deleted.length + w.snapshots.length + w.attachments.length + w.removedAttachments.length;

/** The assessments that have something to send. */
export function busyAssessments(w: Waiting): Set<string> {
  const ofRow = (r: TeamDocRow) => parseDocId(r.id)?.assessmentId ?? '';
  return new Set([
    ...w.assessments.map((x) => x.assessment.id),
    ...w.deleted.map(ofRow),
    ...w.snapshots.map((s) => s.assessmentId),
    ...w.attachments.map((x) => x.attachment.assessmentId),
    ...w.removedAttachments.map(ofRow)
  ]);
}

/** What waits to be sent, read in one transaction. */
export async function findWaiting(): Promise<Waiting> {
  return withReconnect(() => {
    const db = getDb();
    return db.transaction('r', [db.assessments, db.attachments, db.snapshots, db.teamDocs, db.teamChanges], async () => {
      const markers = await db.teamChanges.toArray();
      const rowList = await db.teamDocs.toArray();
      const everything = rowList.length === 0 || markers.some((m) => m.id === ALL);
      const scope = new Set(markers.map((m) => m.id));
      const inScope = (assessmentId: string) => everything || scope.has(assessmentId);
      const rows = new Map(rowList.map((r) => [r.id, r] as const));

      const local = everything ? await db.assessments.toArray() : (await db.assessments.bulkGet([...scope])).filter((a) => a !== undefined);
      const [snapshots, attachments] = everything
        ? await Promise.all([db.snapshots.toArray(), db.attachments.toArray()])
        : await Promise.all([
            db.snapshots
              .where('assessmentId')
              .anyOf([...scope])
              .toArray(),
            db.attachments
              .where('assessmentId')
              .anyOf([...scope])
              .toArray()
          ]);

      const present = new Set(local.map((a) => a.id));
      const waiting: Waiting = { assessments: [], deleted: [], snapshots: [], attachments: [], removedAttachments: [], markers, everything };
      for (const a of local) {
        const row = rows.get(assessmentDocId(a.id));
        const fp = versionOf(a);
        if (!row || row.fingerprint !== fp || row.deletedAt !== null || row.losers?.length) waiting.assessments.push({ assessment: a, row, fingerprint: fp });
      }
      const attachmentsHere = new Set<string>();
      for (const a of attachments) {
        const id = attachmentDocId(a.assessmentId, a.id);
        attachmentsHere.add(id);
        const row = rows.get(id);
        const fp = fingerprint(metaOf(a));
        if (row?.fingerprint !== fp) waiting.attachments.push({ attachment: a, row, fingerprint: fp });
      }
      for (const s of snapshots) if (!rows.has(snapshotDocId(s.assessmentId, s.id))) waiting.snapshots.push(s);
      for (const row of rows.values()) {
        const parsed = parseDocId(row.id);
        if (!parsed || !inScope(parsed.assessmentId)) continue;
        // Deleted here since the last sync: the team keeps the last version, marked deleted, for a restore.
        if (parsed.kind === 'assessment' && row.deletedAt === null && !present.has(parsed.assessmentId)) waiting.deleted.push(row);
        // A photo or file removed from an assessment that is still here is removed from the team too.
        if (parsed.kind === 'attachment' && present.has(parsed.assessmentId) && !attachmentsHere.has(row.id)) waiting.removedAttachments.push(row);
      }
      return waiting;
    });
  });
}

/**
 * Takes the markers of what is in step off the log: every marker read but those of assessments
 * with something to send, and only if no write replaced it since (same token). After a read of
 * everything, the assessments with something to send get a marker of their own first, so nothing
 * they hold is forgotten if the push fails.
 */
export async function settleMarkers(w: Waiting): Promise<void> {
  const busy = busyAssessments(w);
  await withReconnect(() => {
    const db = getDb();
    return db.transaction('rw', db.teamChanges, async () => {
      const current = new Map((await db.teamChanges.bulkGet(w.markers.map((m) => m.id))).flatMap((m) => (m ? [[m.id, m.token] as const] : [])));
      const done = w.markers.filter((m) => !busy.has(m.id) && current.get(m.id) === m.token).map((m) => m.id);
      if (w.everything) {
        const marked = new Set(current.keys());
        await db.teamChanges.bulkPut([...busy].filter((id) => !marked.has(id)).map((id) => ({ id, token: crypto.randomUUID() })));
      }
      await db.teamChanges.bulkDelete(done);
    });
  });
}

/** How many records here wait to be sent (changed or deleted since the last sync). */
export async function countWaiting(): Promise<number> {
  return waitingCount(await findWaiting());
}
