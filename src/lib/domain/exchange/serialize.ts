import type { Assessment, Timestamp } from '../assessment/types';
import { withUniqueKeys } from '../assessment/unique-keys';
import { methodology } from '../methodology/methodology';
import { copyAssessment } from './copy-assessment';
import { metaOf } from '../evidence/types';
import type { Snapshot } from '../history/snapshot';
import { APP_NAME, CURRENT_FORMAT_REVISION, CURRENT_FORMAT_VERSION, FORMAT_TAG, type ExportedAttachment, type ExportEnvelope } from './envelope';

export interface SerializeOptions {
  /** The app's version, written in `app.version`. */
  appVersion: string;
  /** When the export happens, an ISO timestamp. */
  now: Timestamp;
  /** Leave out the names of people, for files shared beyond the workshop. */
  omitPersonalData?: boolean;
  /** Photos and files of these assessments, their bytes already in base64; none when left out. */
  attachments?: readonly ExportedAttachment[];
  /** Workshop snapshots of these assessments. */
  snapshots?: readonly Snapshot[];
}

/**
 * The assessment without who took part: the facilitator is blanked, participants are dropped
 * (their roles too, since a role in a small team often names the person) and next-step owners
 * are blanked. Free text (notes, parking lot) is the writer's responsibility.
 */
export function withoutPersonalData(a: Assessment): Assessment {
  const responses = Object.fromEntries(
    Object.entries(a.responses).map(([ruleId, r]) => [ruleId, r && { ...r, nextSteps: r.nextSteps.map((s) => ({ ...s, owner: '' })) }])
  );
  // The participants' clocks and tombstones go with them: the file names no participant at all.
  const noPeople = (clocks: Record<string, string> = {}) => Object.fromEntries(Object.entries(clocks).filter(([key]) => !key.startsWith('p:')));
  const clocks = { changed: noPeople(a.clocks.changed), removed: noPeople(a.clocks.removed), added: noPeople(a.clocks.added) };
  return { ...a, facilitator: '', participants: [], responses, clocks };
}

/**
 * The export envelope for these assessments, ready for `toJson`. Attachments and snapshots of
 * assessments not in the list are left out; a snapshot loses personal data as its assessment does.
 */
export function serializeExport(assessments: readonly Assessment[], options: SerializeOptions): ExportEnvelope {
  // No id twice in any list, as import requires: a file Tessera writes is one it can read.
  const strip = (a: Assessment) => (options.omitPersonalData ? withoutPersonalData(withUniqueKeys(a)) : withUniqueKeys(a));
  const ids = new Set(assessments.map((a) => a.id));
  return {
    format: FORMAT_TAG,
    formatVersion: CURRENT_FORMAT_VERSION,
    formatRevision: CURRENT_FORMAT_REVISION,
    exportedAt: options.now,
    app: { name: APP_NAME, version: options.appVersion },
    methodologyVersion: methodology.version,
    assessments: assessments.map((a) => strip(copyAssessment(a))),
    attachments: (options.attachments ?? []).filter((a) => ids.has(a.assessmentId)).map((a) => ({ ...metaOf(a), data: a.data })),
    snapshots: (options.snapshots ?? [])
      .filter((s) => ids.has(s.assessmentId))
      .map((s) => ({ id: s.id, assessmentId: s.assessmentId, takenAt: s.takenAt, label: s.label, assessment: strip(copyAssessment(s.assessment)) }))
  };
}

/** The envelope as the text of a file: pretty-printed JSON with a final newline. */
export function toJson(envelope: ExportEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
