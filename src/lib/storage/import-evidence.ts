import { resolveAttachment, resolveSnapshot, type EvidenceRecords, type ImportChoice } from '$lib/domain/exchange';
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

/** Writes one kind of record, keeping what each write replaced; returns how many were written. */
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
    if (before) previous.push(before);
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
export async function writeEvidence(db: TesseraDb, plans: readonly EvidencePlan[]): Promise<{ undo: EvidenceUndo; attachments: number; snapshots: number }> {
  const undo: EvidenceUndo = { addedAttachments: [], previousAttachments: [], addedSnapshots: [], previousSnapshots: [] };
  const attachments = await put(
    db.attachments,
    plans.flatMap((p) => p.records.attachments.map((record) => ({ record, choice: p.choice }))),
    resolveAttachment,
    undo.addedAttachments,
    undo.previousAttachments
  );
  const snapshots = await put(
    db.snapshots,
    plans.flatMap((p) => p.records.snapshots.map((record) => ({ record, choice: p.choice }))),
    resolveSnapshot,
    undo.addedSnapshots,
    undo.previousSnapshots
  );
  return { undo, attachments, snapshots };
}

/** Takes back what `writeEvidence` did; runs inside the undo's transaction. */
export async function undoEvidence(db: TesseraDb, undo: EvidenceUndo): Promise<void> {
  await db.attachments.bulkDelete(undo.addedAttachments);
  await db.attachments.bulkPut(undo.previousAttachments);
  await db.snapshots.bulkDelete(undo.addedSnapshots);
  await db.snapshots.bulkPut(undo.previousSnapshots);
}
