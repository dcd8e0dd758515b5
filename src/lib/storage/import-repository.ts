import type { Assessment, Timestamp } from '$lib/domain/assessment/types';
import { applyChoice, evidenceToImport, type EvidenceRecords, type ImportChoice, type StoredEvidence } from '$lib/domain/exchange';
import { findConflicts } from '$lib/domain/sync/conflicts';
import { getDb, withReconnect, type ExchangedRow, type StoredConflict } from './db';
import { storedConflict } from './conflicts-repository';
import { knownVersionsIn, rememberIn } from './exchanged-repository';
import { storedVersions } from './assessments-repository';
import { storedEvidence, undoEvidence, writeEvidence, type EvidencePlan, type EvidenceUndo } from './import-evidence';

/** One incoming assessment and what the user chose for it. */
export interface ImportDecision {
  incoming: Assessment;
  /** For an assessment not stored here, 'merge' and 'replace' both store it as it is. */
  choice: ImportChoice;
  /** The id a 'keep-both' copy gets. */
  copyId: string;
  /** The assessment's photos, files and snapshots in the file (ready to store), if any. */
  evidence?: EvidenceRecords;
}

/** What an import did, per kind, counted. */
export interface ImportCounts {
  added: number;
  merged: number;
  replaced: number;
  copied: number;
  skipped: number;
  /** Photos and files written. */
  attachments: number;
  /** Snapshots written. */
  snapshots: number;
  /** Fields both sides had changed: the newer value was kept, the other awaits review. */
  conflicts: number;
}

/** Everything needed to take an import back once: the records it wrote and what they replaced. */
export interface ImportUndo {
  /** Ids that did not exist before the import. */
  added: string[];
  /** The stored versions the import overwrote, as they were. */
  previous: Assessment[];
  /** What the import wrote, to notice a later change before undoing. */
  written: Assessment[];
  /** The same for photos, files and snapshots. */
  evidence: EvidenceUndo;
  /** Conflicts the import recorded, and the open ones it replaced or closed. */
  conflicts: { added: string[]; previous: StoredConflict[] };
  /** What this device had recorded as exchanged for the imported assessments, before. */
  exchanged: { ids: string[]; previous: (ExchangedRow | undefined)[] };
}

export interface ImportOutcome {
  counts: ImportCounts;
  undo: ImportUndo;
  /** The merged assessments that now have conflicts to review, and how many each. */
  conflicted: { assessmentId: string; count: number }[];
}

/** Thrown by `undoImport` when an imported assessment changed since: nothing is undone then. */
export class ChangedSinceImportError extends Error {
  constructor(readonly ids: string[]) {
    super(`changed since the import: ${ids.join(', ')}`);
    this.name = 'ChangedSinceImportError';
  }
}

function kindOf(choice: ImportChoice, existed: boolean): 'added' | 'merged' | 'replaced' | 'copied' | 'skipped' {
  if (choice === 'skip') return 'skipped';
  if (choice === 'keep-both') return 'copied';
  if (!existed) return 'added';
  return choice === 'merge' ? 'merged' : 'replaced';
}

const sameRecord = (a: Assessment | undefined, b: Assessment) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a whole import in one transaction: all of it or, if any write fails, none of it.
 * Stored versions are read inside the transaction, so a merge always combines the incoming
 * assessment with what is stored at that moment, even if another tab changed it since the preview.
 * A merge records the conflicts it settled (fields both sides changed since they were last
 * exchanged), and every imported assessment's versions are remembered as exchanged.
 * Only IndexedDB work and pure code run inside: the file was read and validated before.
 */
export async function applyImport(
  decisions: readonly ImportDecision[],
  now: Timestamp,
  newId: () => string = () => crypto.randomUUID(),
  source = ''
): Promise<ImportOutcome> {
  return withReconnect(() => {
    const db = getDb();
    return db.transaction('rw', [db.assessments, db.attachments, db.snapshots, db.conflicts, db.exchanged], async () => {
      const counts: ImportCounts = { added: 0, merged: 0, replaced: 0, copied: 0, skipped: 0, attachments: 0, snapshots: 0, conflicts: 0 };
      const stored = await storedVersions(
        db,
        decisions.map((d) => d.incoming.id)
      );
      const known = await knownVersionsIn(
        db,
        decisions.map((d) => d.incoming.id)
      );
      const undo: Omit<ImportUndo, 'evidence' | 'conflicts' | 'exchanged'> = { added: [], previous: [], written: [] };
      const plans: EvidencePlan[] = [];
      const found: StoredConflict[] = [];
      const settled: string[] = [];
      const exchangedNow: Assessment[] = [];
      decisions.forEach((d, i) => {
        const existing = stored[i];
        const kind = kindOf(d.choice, existing !== undefined);
        counts[kind]++;
        const record = applyChoice(d.incoming, existing, d.choice, d.copyId, now);
        if (!record) return;
        // A copy gets a fresh UUID, so like a new assessment it has nothing to restore.
        if (existing && kind !== 'copied') undo.previous.push(existing);
        else undo.added.push(record.id);
        undo.written.push(record);
        if (kind === 'merged' && existing) {
          const conflicts = findConflicts(existing, d.incoming, known.get(existing.id) ?? new Set());
          found.push(...conflicts.map((c) => storedConflict(existing.id, c, source, now)));
        }
        // Replaced by the file's version: the open conflicts of the old one no longer apply.
        if (kind === 'replaced') settled.push(record.id);
        exchangedNow.push(kind === 'copied' ? { ...d.incoming, id: record.id } : d.incoming);
        if (d.evidence) plans.push({ choice: d.choice, records: evidenceToImport(d.evidence, d.choice, d.copyId, newId) });
      });
      // Not caught here: a failed put must abort the transaction, or the others would commit.
      await db.assessments.bulkPut(undo.written);
      const evidence = await writeEvidence(db, plans, newId);
      counts.attachments = evidence.attachments;
      counts.snapshots = evidence.snapshots;
      counts.conflicts = found.length;
      const replacedIds = new Set(settled);
      const previousConflicts = [
        ...(await db.conflicts.where('assessmentId').anyOf(settled).toArray()),
        ...(await db.conflicts.bulkGet(found.map((c) => c.id))).filter((c): c is StoredConflict => c !== undefined && !replacedIds.has(c.assessmentId))
      ];
      await db.conflicts.bulkDelete(previousConflicts.map((c) => c.id));
      await db.conflicts.bulkPut(found);
      const previousExchanged = await rememberIn(db, exchangedNow);
      const perAssessment = new Map<string, number>();
      for (const c of found) perAssessment.set(c.assessmentId, (perAssessment.get(c.assessmentId) ?? 0) + 1);
      return {
        counts,
        conflicted: [...perAssessment].map(([assessmentId, count]) => ({ assessmentId, count })),
        undo: {
          ...undo,
          evidence: evidence.undo,
          conflicts: { added: found.map((c) => c.id), previous: previousConflicts },
          exchanged: { ids: exchangedNow.map((a) => a.id), previous: previousExchanged }
        }
      };
    });
  });
}

/** What is stored under the ids of a file's photos, files and snapshots, for the preview. */
export async function evidenceStoredUnder(attachmentIds: readonly string[], snapshotIds: readonly string[]): Promise<StoredEvidence> {
  return withReconnect(() => storedEvidence(getDb(), attachmentIds, snapshotIds));
}

/**
 * Takes an import back in one transaction: removes what it added and restores what it overwrote,
 * photos, files and snapshots included.
 * Refuses (ChangedSinceImportError, nothing changed) if an imported assessment was edited since.
 */
export async function undoImport(undo: ImportUndo): Promise<void> {
  await withReconnect(() => {
    const db = getDb();
    return db.transaction('rw', [db.assessments, db.attachments, db.snapshots, db.conflicts, db.exchanged], async () => {
      const current = await db.assessments.bulkGet(undo.written.map((a) => a.id));
      const changed = undo.written.filter((a, i) => !sameRecord(current[i], a)).map((a) => a.id);
      if (changed.length > 0) throw new ChangedSinceImportError(changed);
      await db.assessments.bulkDelete(undo.added);
      await db.assessments.bulkPut(undo.previous);
      await undoEvidence(db, undo.evidence);
      await db.conflicts.bulkDelete(undo.conflicts.added);
      await db.conflicts.bulkPut(undo.conflicts.previous);
      const { ids, previous } = undo.exchanged;
      await db.exchanged.bulkDelete(ids.filter((_, i) => !previous[i]));
      await db.exchanged.bulkPut(previous.filter((row): row is ExchangedRow => row !== undefined));
    });
  });
}
