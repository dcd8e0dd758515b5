import { CURRENT_FORMAT_VERSION } from './envelope';
import { fileError, type ExchangeError } from './errors';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';

/** A parsed JSON object whose shape is not trusted yet. */
export type RawDocument = Record<string, unknown>;

/**
 * One step from a format version to the next. It works on raw, unvalidated JSON (the result is
 * validated against the current schema only at the end), so it must tolerate any shape, build new
 * objects (spread or literals) and never `Object.assign` into existing ones.
 */
export interface FormatMigration {
  from: number;
  to: number;
  migrate(doc: RawDocument): RawDocument;
}

/** Every migration ever shipped, one file each, in order. */
export const migrations: readonly FormatMigration[] = [v1ToV2, v2ToV3];

export type MigrationResult = { ok: true; doc: RawDocument } | { ok: false; error: ExchangeError };

/** Brings a document from `version` up to `target` one step at a time, stamping each new version. */
export function migrateDocument(
  doc: RawDocument,
  version: number,
  registry: readonly FormatMigration[] = migrations,
  target: number = CURRENT_FORMAT_VERSION
): MigrationResult {
  let current = doc;
  for (let at = version; at < target;) {
    const step = registry.find((m) => m.from === at);
    if (!step || step.to <= at) return { ok: false, error: fileError('bad-version', { value: at }) };
    try {
      current = { ...step.migrate(current), formatVersion: step.to };
    } catch {
      const error = fileError('invalid', { version: at });
      return { ok: false, error: { ...error, detail: 'migration-failed' } };
    }
    at = step.to;
  }
  return { ok: true, doc: current };
}
