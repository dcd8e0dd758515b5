import { resolveAttachment, resolveSnapshot, type EvidenceRecords, type ImportChoice, type StoredEvidence } from '$lib/domain/exchange';
import type { Attachment } from '$lib/domain/evidence/types';
import type { Snapshot } from '$lib/domain/history/snapshot';
import type { TesseraDb } from './db';

/** What an import did to photos, files and snapshots, to take it back. */
export interface EvidenceUndo {
  addedAttachments: string[];
  previousAttachments: Attachment[];
  addedSnapshots: string[];
  previousSnapshots: Snapshot[];
}

/** The photos, files and snapshots of one incoming assessment, already mapped for its choice. */
export interface EvidencePlan {
  choice: ImportChoice;
  records: EvidenceRecords;
}

/**
 * Writes one kind of record, keeping what each write replaced; returns how many were written.
 * A record written under a new id (its id was taken) is an addition: undo removes it, and the
 * record that had the id was never touched.
 */
async function put<T extends { id: string }>(
  table: { bulkGet(ids: string[]): Promise<(T | undefined)[]>; bulkPut(rows: T[]): Promise<unknown> },
  incoming: { record: T; choice: ImportChoice }[],
  resolve: (record: T, stored: T | undefined, choice: ImportChoice) => T | null,
  added: string[],
  previous: T[]
): Promise<number> {
  const stored = await table.bulkGet(incoming.map((i) => i.record.id));
  const rows: T[] = [];
  incoming.forEach(({ record, choice }, i) => {
    const row = resolve(record, stored[i], choice);
    if (!row) return;
    const before = stored[i];
    if (before && row.id === before.id) previous.push(before);
    else added.push(row.id);
    rows.push(row);
  });
  // Not caught: a failed put must abort the whole import transaction.
  await table.bulkPut(rows);
  return rows.length;
}

/**
 * Writes the photos, files and snapshots of an import. Runs inside the import's transaction
 * (which must include both tables), so they are stored together with their assessments or not at all.
 */
export async function writeEvidence(
  db: TesseraDb,
  plans: readonly EvidencePlan[],
  newId: () => string
): Promise<{ undo: EvidenceUndo; attachments: number; snapshots: number }> {
  const undo: EvidenceUndo = { addedAttachments: [], previousAttachments: [], addedSnapshots: [], previousSnapshots: [] };
  const attachments = await put<Attachment>(
    db.attachments,
    plans.flatMap((p) => p.records.attachments.map((record) => ({ record, choice: p.choice }))),
    (record, stored, choice) => resolveAttachment(record, stored, choice, newId),
    undo.addedAttachments,
    undo.previousAttachments
  );
  const snapshots = await put<Snapshot>(
    db.snapshots,
    plans.flatMap((p) => p.records.snapshots.map((record) => ({ record, choice: p.choice }))),
    (record, stored) => resolveSnapshot(record, stored, newId),
    undo.addedSnapshots,
    undo.previousSnapshots
  );
  return { undo, attachments, snapshots };
}

/**
 * What is stored under the ids of a file's photos, files and snapshots, for the preview to say
 * what the import will do with each (the photos' bytes are not read).
 */
export async function storedEvidence(db: TesseraDb, attachmentIds: readonly string[], snapshotIds: readonly string[]): Promise<StoredEvidence> {
  const [attachments, snapshots] = await Promise.all([db.attachments.bulkGet([...attachmentIds]), db.snapshots.bulkGet([...snapshotIds])]);
  return {
    attachments: new Map(attachments.flatMap((a) => (a ? [[a.id, { assessmentId: a.assessmentId, updatedAt: a.updatedAt }]] : []))),
    snapshots: new Map(snapshots.flatMap((s) => (s ? [[s.id, s]] : [])))
  };
}

/** Takes back what `writeEvidence` did; runs inside the undo's transaction. */
export async function undoEvidence(db: TesseraDb, undo: EvidenceUndo): Promise<void> {
  await db.attachments.bulkDelete(undo.addedAttachments);
  await db.attachments.bulkPut(undo.previousAttachments);
  await db.snapshots.bulkDelete(undo.addedSnapshots);
  await db.snapshots.bulkPut(undo.previousSnapshots);
}
