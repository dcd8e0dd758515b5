import type { Attachment } from '../evidence/types';
import type { Snapshot } from '../history/snapshot';
import type { ImportChoice } from './import-plan';
import { compareTimestamps } from './timestamps';

/*
 * What an import does with the photos, files and snapshots of one incoming assessment. They follow
 * their assessment's choice. Nothing stored is ever deleted by an import: a file exported without
 * photos must not wipe the photos on this device, so "replace" replaces same-id records only.
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
export function evidenceToImport(
  records: EvidenceRecords,
  choice: ImportChoice,
  copyId: string,
  newId: () => string
): EvidenceRecords {
  if (choice === 'skip') return { attachments: [], snapshots: [] };
  if (choice !== 'keep-both') return records;
  return {
    attachments: records.attachments.map((a) => ({ ...a, id: newId(), assessmentId: copyId })),
    snapshots: records.snapshots.map((s) => ({ ...s, id: newId(), assessmentId: copyId, assessment: { ...s.assessment, id: copyId } }))
  };
}

/**
 * The attachment to write when one with the same id may be stored, or null to keep the stored
 * one: "replace" takes the file's; otherwise the more recently changed (its caption) wins, and
 * on a tie the stored one stays.
 */
export function resolveAttachment(incoming: Attachment, stored: Attachment | undefined, choice: ImportChoice): Attachment | null {
  if (!stored || choice === 'replace') return incoming;
  return compareTimestamps(incoming.updatedAt, stored.updatedAt) > 0 ? incoming : null;
}

/** The snapshot to write, or null to keep the stored one: snapshots never change, so one stored stays unless replaced. */
export function resolveSnapshot(incoming: Snapshot, stored: Snapshot | undefined, choice: ImportChoice): Snapshot | null {
  return !stored || choice === 'replace' ? incoming : null;
}
