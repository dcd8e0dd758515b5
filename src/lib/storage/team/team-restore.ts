import type { Observable } from 'dexie';
import type { Timestamp } from '$lib/domain/assessment/types';
import { assessmentDocId, attachmentDocId, canonical, isPurgeable, isTeamDoc, parseDocId, restorableUntil, snapshotDocId } from '$lib/domain/sync/team-docs';
import { getDb, withReconnect } from '../db';
import { observe } from '../observe';
import { TeamServerError, type CouchClient } from './couch-client';
import { refetchEvidence } from './team-pull';

/** An assessment deleted in the team that can still be restored. */
export interface DeletedInTeam {
  assessmentId: string;
  serviceName: string;
  deletedAt: Timestamp;
  /** The last moment it can be restored. */
  until: Timestamp;
}

/** The assessments deleted in the team within the restore period, latest deletion first. */
async function deletedInTeam(now: Timestamp): Promise<DeletedInTeam[]> {
  const db = getDb();
  const rows = await db.teamDocs.where('id').startsWith('a:').toArray();
  const here = new Set(await db.assessments.toCollection().primaryKeys());
  return rows
    .filter((r) => r.deletedAt !== null && !isPurgeable(r.deletedAt, now) && !here.has(parseDocId(r.id)!.assessmentId))
    .map((r) => ({ assessmentId: parseDocId(r.id)!.assessmentId, serviceName: r.name ?? '', deletedAt: r.deletedAt!, until: restorableUntil(r.deletedAt!) }))
    .sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : -1));
}

/** Live list of the assessments deleted in the team that can still be restored. */
export function watchDeletedInTeam(now: () => Timestamp): Observable<DeletedInTeam[]> {
  return observe(() => deletedInTeam(now()));
}

/**
 * Brings a deleted assessment back from the team database, with its photos, files and snapshots:
 * stored here as a change made `now` (so it wins over the deletion), and pushed by the next sync.
 */
export async function restoreFromTeam(client: CouchClient, assessmentId: string, now: Timestamp): Promise<void> {
  const [doc] = await client.getMany([assessmentDocId(assessmentId)]);
  if (!isTeamDoc(doc) || doc.type !== 'assessment') throw new TeamServerError('not-found', `${assessmentId} is no longer in the team`);
  const restored = { ...canonical(doc.assessment), updatedAt: now };
  await withReconnect(() => {
    const db = getDb();
    return db.transaction('rw', db.assessments, db.teamDocs, async () => {
      await db.assessments.put(restored);
      // Its photos, files and snapshots were removed here with it: they are stored again below.
      await db.teamDocs.where('id').startsWith(snapshotDocId(assessmentId, '')).delete();
      await db.teamDocs.where('id').startsWith(attachmentDocId(assessmentId, '')).delete();
      // The team's revision, still marked deleted: the next push sends it live again.
      await db.teamDocs.put({ id: doc._id, rev: doc._rev!, fingerprint: '', deletedAt: doc.deletedAt ?? now, name: restored.serviceName });
    });
  });
  await refetchEvidence(client, [assessmentId], now);
}
