import type { Assessment, Timestamp } from '$lib/domain/assessment/types';
import { applyChoice, evidenceToImport, type EvidenceRecords, type ImportChoice } from '$lib/domain/exchange';
import { getDb, withReconnect } from './db';
import { storedVersions } from './assessments-repository';
import { undoEvidence, writeEvidence, type EvidencePlan, type EvidenceUndo } from './import-evidence';

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
}

export interface ImportOutcome {
  counts: ImportCounts;
  undo: ImportUndo;
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
 * Only IndexedDB work and pure code run inside: the file was read and validated before.
 */
export async function applyImport(
  decisions: readonly ImportDecision[],
  now: Timestamp,
  newId: () => string = () => crypto.randomUUID()
): Promise<ImportOutcome> {
  return withReconnect(() => {
    const db = getDb();
    return db.transaction('rw', db.assessments, db.attachments, db.snapshots, async () => {
      const counts: ImportCounts = { added: 0, merged: 0, replaced: 0, copied: 0, skipped: 0, attachments: 0, snapshots: 0 };
      const stored = await storedVersions(db, decisions.map((d) => d.incoming.id));
      const undo: Omit<ImportUndo, 'evidence'> = { added: [], previous: [], written: [] };
      const plans: EvidencePlan[] = [];
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
        if (d.evidence) plans.push({ choice: d.choice, records: evidenceToImport(d.evidence, d.choice, d.copyId, newId) });
      });
      // Not caught here: a failed put must abort the transaction, or the others would commit.
      await db.assessments.bulkPut(undo.written);
      const evidence = await writeEvidence(db, plans);
      counts.attachments = evidence.attachments;
      counts.snapshots = evidence.snapshots;
      return { counts, undo: { ...undo, evidence: evidence.undo } };
    });
  });
}

/**
 * Takes an import back in one transaction: removes what it added and restores what it overwrote,
 * photos, files and snapshots included.
 * Refuses (ChangedSinceImportError, nothing changed) if an imported assessment was edited since.
 */
export async function undoImport(undo: ImportUndo): Promise<void> {
  await withReconnect(() => {
    const db = getDb();
    return db.transaction('rw', db.assessments, db.attachments, db.snapshots, async () => {
      const current = await db.assessments.bulkGet(undo.written.map((a) => a.id));
      const changed = undo.written.filter((a, i) => !sameRecord(current[i], a)).map((a) => a.id);
      if (changed.length > 0) throw new ChangedSinceImportError(changed);
      await db.assessments.bulkDelete(undo.added);
      await db.assessments.bulkPut(undo.previous);
      await undoEvidence(db, undo.evidence);
    });
  });
}
