import type { Attachment } from '../evidence/types';
import type { Snapshot } from '../history/snapshot';
import type { ImportChoice } from './import-plan';
import { compareTimestamps } from './timestamps';

/*
 * What an import does with the photos, files and snapshots of one incoming assessment. They follow
 * their assessment's choice. Nothing stored is ever deleted by an import: a file exported without
 * photos must not wipe the photos on this device, so "replace" replaces same-id records only, and
 * only those of the same assessment: an id can never take over another assessment's record.
 */

/** The records of one assessment to write, before comparing with what is stored. */
export interface EvidenceRecords {
  attachments: Attachment[];
  snapshots: Snapshot[];
}

/**
 * The photos, files and snapshots to import with an assessment: none when it is skipped; for a
 * copy ("keep both"), new ids that point at the copy, so the originals here stay untouched;
 * otherwise as they are in the file.
 */
export function evidenceToImport(records: EvidenceRecords, choice: ImportChoice, copyId: string, newId: () => string): EvidenceRecords {
  if (choice === 'skip') return { attachments: [], snapshots: [] };
  if (choice !== 'keep-both') return records;
  return {
    attachments: records.attachments.map((a) => ({ ...a, id: newId(), assessmentId: copyId })),
    snapshots: records.snapshots.map((s) => ({ ...s, id: newId(), assessmentId: copyId, assessment: { ...s.assessment, id: copyId } }))
  };
}

/** What an import does with one photo or file of the file. */
export type AttachmentFate =
  /** Not here yet: stored. */
  | 'added'
  /** Here, for the same assessment: the file's version is stored. */
  | 'updated'
  /** Here, for the same assessment: the stored one stays. */
  | 'kept'
  /** Its id belongs to another assessment here: stored under a new id, the other left alone. */
  | 'renamed';

/** What an import does with one workshop snapshot of the file. */
export type SnapshotFate =
  | 'added'
  /** The same snapshot is stored already: nothing to do. */
  | 'here'
  /** Its id belongs to another assessment here: stored under a new id. */
  | 'renamed'
  /** Another snapshot of the same assessment has its id: snapshots never change, so it is stored under a new id. */
  | 'changed';

/** What the stored record with an incoming record's id belongs to. */
type Owned = Pick<Attachment, 'assessmentId' | 'updatedAt'>;

/**
 * What becomes of an incoming photo or file, given the one stored under its id: a record may only
 * ever update one of its own assessment, under "replace" too. Within it, "replace" takes the
 * file's; otherwise the more recently changed (its caption) wins, and on a tie the stored one stays.
 */
export function attachmentFate(incoming: Owned, stored: Owned | undefined, choice: ImportChoice): AttachmentFate {
  if (!stored) return 'added';
  if (stored.assessmentId !== incoming.assessmentId) return 'renamed';
  if (choice === 'replace') return 'updated';
  return compareTimestamps(incoming.updatedAt, stored.updatedAt) > 0 ? 'updated' : 'kept';
}

/** Text of a value with object keys in a fixed order, so equal data gives equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v
  );
}

/** What becomes of an incoming snapshot, given the one stored under its id: snapshots are frozen, so one stored is never rewritten. */
export function snapshotFate(incoming: Snapshot, stored: Snapshot | undefined): SnapshotFate {
  if (!stored) return 'added';
  if (stored.assessmentId !== incoming.assessmentId) return 'renamed';
  return canonical(stored) === canonical(incoming) ? 'here' : 'changed';
}

/** The attachment to write for its fate, or null to keep the stored one. */
export function resolveAttachment(incoming: Attachment, stored: Attachment | undefined, choice: ImportChoice, newId: () => string): Attachment | null {
  const fate = attachmentFate(incoming, stored, choice);
  if (fate === 'kept') return null;
  return fate === 'renamed' ? { ...incoming, id: newId() } : incoming;
}

/** The snapshot to write for its fate, or null when it is here already. */
export function resolveSnapshot(incoming: Snapshot, stored: Snapshot | undefined, newId: () => string): Snapshot | null {
  const fate = snapshotFate(incoming, stored);
  if (fate === 'here') return null;
  return fate === 'added' ? incoming : { ...incoming, id: newId() };
}

/** How many photos and files, and how many snapshots, of one incoming assessment meet each fate. */
export interface EvidenceOutcome {
  attachments: Record<AttachmentFate, number>;
  snapshots: Record<SnapshotFate, number>;
}

/** The photos and files (what says whose they are and when they changed) and snapshots of one assessment in a file. */
export interface EvidenceInFile {
  attachments: readonly (Owned & { id: string })[];
  snapshots: readonly Snapshot[];
}

/** What is stored under the ids of a file's photos, files and snapshots. */
export interface StoredEvidence {
  attachments: ReadonlyMap<string, Owned>;
  snapshots: ReadonlyMap<string, Snapshot>;
}

/**
 * What an import will do with the photos, files and snapshots of one assessment, for the preview:
 * nothing when it is skipped, all added for a copy (new ids), otherwise each against what is
 * stored under its id.
 */
export function evidenceOutcome(records: EvidenceInFile, choice: ImportChoice, stored: StoredEvidence): EvidenceOutcome {
  const outcome: EvidenceOutcome = {
    attachments: { added: 0, updated: 0, kept: 0, renamed: 0 },
    snapshots: { added: 0, here: 0, renamed: 0, changed: 0 }
  };
  if (choice === 'skip') return outcome;
  if (choice === 'keep-both') {
    outcome.attachments.added = records.attachments.length;
    outcome.snapshots.added = records.snapshots.length;
    return outcome;
  }
  for (const a of records.attachments) outcome.attachments[attachmentFate(a, stored.attachments.get(a.id), choice)]++;
  for (const s of records.snapshots) outcome.snapshots[snapshotFate(s, stored.snapshots.get(s.id))]++;
  return outcome;
}
