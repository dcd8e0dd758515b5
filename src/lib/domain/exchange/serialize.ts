import type { Assessment, Timestamp } from '../assessment/types';
import { methodology } from '../methodology/methodology';
import { copyAssessment } from './copy-assessment';
import { APP_NAME, CURRENT_FORMAT_VERSION, FORMAT_TAG, type ExportEnvelope } from './envelope';

export interface SerializeOptions {
  /** The app's version, written in `app.version`. */
  appVersion: string;
  /** When the export happens, an ISO timestamp. */
  now: Timestamp;
  /** Leave out the names of people, for files shared beyond the workshop. */
  omitPersonalData?: boolean;
}

/**
 * The assessment without who took part: the facilitator is blanked, participants are dropped
 * (their roles too, since a role in a small team often names the person) and next-step owners
 * are blanked. Free text (notes, parking lot) is the writer's responsibility.
 */
export function withoutPersonalData(a: Assessment): Assessment {
  const responses = Object.fromEntries(
    Object.entries(a.responses).map(([ruleId, r]) => [
      ruleId,
      r && { ...r, nextSteps: r.nextSteps.map((s) => ({ ...s, owner: '' })) }
    ])
  );
  return { ...a, facilitator: '', participants: [], responses };
}

/** The export envelope for these assessments, ready for `toJson`. */
export function serializeExport(assessments: readonly Assessment[], options: SerializeOptions): ExportEnvelope {
  const copies = assessments.map(copyAssessment);
  return {
    format: FORMAT_TAG,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: options.now,
    app: { name: APP_NAME, version: options.appVersion },
    methodologyVersion: methodology.version,
    assessments: options.omitPersonalData ? copies.map(withoutPersonalData) : copies
  };
}

/** The envelope as the text of a file: pretty-printed JSON with a final newline. */
export function toJson(envelope: ExportEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
