import type { Assessment, Timestamp } from '../assessment/types';
import type { AttachmentMeta } from '../evidence/types';
import type { Snapshot } from '../history/snapshot';
import { mergeAssessments } from './merge';

/*
 * The team database (Apache CouchDB) holds one document per assessment, one per workshop snapshot
 * and one per photo or file (its bytes as the document's CouchDB attachment). Document ids start
 * with the assessment's id, so everything of one assessment sits in one key range. A deleted
 * assessment stays in the team as a document with `deletedAt`, restorable until it is purged
 * (RESTORE_DAYS after the deletion); only then does it become a CouchDB deletion.
 */

/** Days a deleted assessment can be restored from the team before any device purges it. */
export const RESTORE_DAYS = 30;

export interface AssessmentDoc {
  _id: string;
  _rev?: string;
  type: 'assessment';
  assessment: Assessment;
  /** When a device deleted it; null while it is live. */
  deletedAt: Timestamp | null;
}

export interface SnapshotDoc {
  _id: string;
  _rev?: string;
  type: 'snapshot';
  snapshot: Snapshot;
}

export interface AttachmentDoc {
  _id: string;
  _rev?: string;
  type: 'attachment';
  /** The description; `sha256` is checked against the bytes when they arrive. */
  meta: AttachmentMeta;
  _attachments?: { file: { content_type: string; data?: string; stub?: boolean } };
}

export type TeamDoc = AssessmentDoc | SnapshotDoc | AttachmentDoc;

/** The document id of an assessment. */
export const assessmentDocId = (id: string) => `a:${id}`;
/** The document id of one of an assessment's snapshots. */
export const snapshotDocId = (assessmentId: string, id: string) => `s:${assessmentId}:${id}`;
/** The document id of one of an assessment's photos or files. */
export const attachmentDocId = (assessmentId: string, id: string) => `f:${assessmentId}:${id}`;

/** What a document id names: its kind and the assessment it belongs to. */
export function parseDocId(docId: string): { kind: 'assessment' | 'snapshot' | 'attachment'; assessmentId: string } | null {
  const kinds = { a: 'assessment', s: 'snapshot', f: 'attachment' } as const;
  const kind = kinds[docId.slice(0, 1) as keyof typeof kinds];
  if (!kind || docId[1] !== ':') return null;
  const rest = docId.slice(2);
  const assessmentId = kind === 'assessment' ? rest : rest.slice(0, rest.lastIndexOf(':'));
  return assessmentId ? { kind, assessmentId } : null;
}

/** Whether a document from the team has the shape of one of ours (anything else is ignored). */
export function isTeamDoc(doc: unknown): doc is TeamDoc {
  if (typeof doc !== 'object' || doc === null) return false;
  const d = doc as Record<string, unknown>;
  if (typeof d._id !== 'string') return false;
  if (d.type === 'assessment') return typeof d.assessment === 'object' && d.assessment !== null && (d.assessment as Assessment).id !== undefined;
  if (d.type === 'snapshot') return typeof d.snapshot === 'object' && d.snapshot !== null;
  if (d.type === 'attachment') return typeof d.meta === 'object' && d.meta !== null;
  return false;
}

/** JSON with every object's keys in sorted order, so equal values give equal text whatever order their keys were added in. */
const sortedKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/**
 * A short fingerprint of a value (cyrb53 of its JSON with sorted keys, 53 bits as hex): what a
 * device compares to know whether its copy changed since it last synced. Not a security hash.
 */
export function fingerprint(value: unknown): string {
  return cyrb53(JSON.stringify(value, sortedKeys));
}

const sortedMap = <T>(record: Record<string, T> | undefined) =>
  record && Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The fingerprint of an assessment, cheaply: the keyed parts whose key order depends on how the
 * record was built (responses, actions, clocks) in sorted order, the rest as the merge and every
 * edit build it (recompose.ts), with the engine's own JSON.stringify. Several times cheaper than
 * `fingerprint`, which matters when a device checks a thousand assessments after each edit.
 */
export function versionOf(a: Assessment): string {
  const clocks = a.clocks && { changed: sortedMap(a.clocks.changed), removed: sortedMap(a.clocks.removed), added: sortedMap(a.clocks.added) };
  return cyrb53(JSON.stringify({ ...a, responses: sortedMap(a.responses), actions: sortedMap(a.actions), clocks }));
}

/** cyrb53: a fast 53-bit string hash, as hex. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** An assessment in the form a merge produces, so two devices holding the same fields hold the same JSON. */
export const canonical = (a: Assessment): Assessment => mergeAssessments(a, a);

/** The assessment document for a copy, live or deleted. */
export function assessmentDoc(a: Assessment, rev: string | undefined, deletedAt: Timestamp | null): AssessmentDoc {
  return { _id: assessmentDocId(a.id), ...(rev ? { _rev: rev } : {}), type: 'assessment', assessment: a, deletedAt };
}

/**
 * Several revisions of one assessment document (CouchDB's winner and its conflicting ones) as one:
 * the assessments merged field by field, and deleted only if the latest deletion is no older than
 * the latest change (an edit made after a deletion brings the assessment back, as with list items).
 */
export function resolveRevisions(docs: readonly AssessmentDoc[]): { assessment: Assessment; deletedAt: Timestamp | null } {
  const assessment = canonical(docs.map((d) => d.assessment).reduce((a, b) => mergeAssessments(a, b)));
  const deletions = docs.map((d) => d.deletedAt).filter((at): at is Timestamp => at !== null && at !== undefined);
  const deletedAt = deletions.length > 0 ? deletions.reduce((x, y) => (x >= y ? x : y)) : null;
  return { assessment, deletedAt: deletedAt !== null && deletedAt >= assessment.updatedAt ? deletedAt : null };
}

/** What a device does with an assessment document from the team, given its own copy. */
export type IncomingPlan =
  /** Store this version here (the merge of both copies). */
  | { action: 'store'; assessment: Assessment }
  /** Deleted in the team: remove the copy here, with its photos, files and snapshots. */
  | { action: 'remove' }
  /** Deleted in the team and not here: nothing to do. */
  | { action: 'none' };

/**
 * Decides what to do with an incoming document. A live one is merged with the copy here. A deleted
 * one removes the copy here, unless this device changed it after the deletion: then the merged copy
 * stays, and pushing it brings the assessment back for the team.
 */
export function planIncoming(here: Assessment | undefined, incoming: { assessment: Assessment; deletedAt: Timestamp | null }): IncomingPlan {
  const merged = here ? canonical(mergeAssessments(here, incoming.assessment)) : canonical(incoming.assessment);
  if (incoming.deletedAt === null) return { action: 'store', assessment: merged };
  if (here && here.updatedAt > incoming.deletedAt) return { action: 'store', assessment: merged };
  return here ? { action: 'remove' } : { action: 'none' };
}

/** Whether a deletion is old enough to purge for good. */
export function isPurgeable(deletedAt: Timestamp, now: Timestamp): boolean {
  return Date.parse(now) - Date.parse(deletedAt) > RESTORE_DAYS * 24 * 3600 * 1000;
}

/** The last day a deleted assessment can be restored (an ISO date-time). */
export function restorableUntil(deletedAt: Timestamp): Timestamp {
  return new Date(Date.parse(deletedAt) + RESTORE_DAYS * 24 * 3600 * 1000).toISOString();
}
