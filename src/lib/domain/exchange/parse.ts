import * as v from 'valibot';
import { metaOf } from '../evidence/types';
import { withClocks } from '../sync/registers';
import { CURRENT_FORMAT_REVISION, CURRENT_FORMAT_VERSION, FORMAT_TAG, type ExportEnvelope } from './envelope';
import { currentEnvelopeSchema } from './envelope-schema';
import { fileError, MAX_ERRORS, type ExchangeError } from './errors';
import { issueToError, showValue } from './issue-to-error';
import { MAX_FILE_BYTES } from './limits';
import { migrateDocument, migrations, type FormatMigration, type RawDocument } from './migrations';
import { stripUnknownFields } from './unknown-fields';

export type ParseResult =
  | {
      ok: true;
      envelope: ExportEnvelope;
      /** Fields of a later revision of the format that this build does not know and leaves out, as paths. */
      unknownFields?: string[];
    }
  | { ok: false; errors: ExchangeError[] };

export interface ParseOptions {
  /** The migration registry; tests pass fake ones, the app never does. */
  migrations?: readonly FormatMigration[];
}

const fail = (...errors: ExchangeError[]): ParseResult => ({ ok: false, errors });

function isRecord(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads JSON text, ignoring a byte-order mark; undefined when it is not JSON. */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

type ValidEnvelope = v.InferOutput<typeof currentEnvelopeSchema>;

/**
 * The envelope built from validated output only. valibot's output is already made of fresh objects
 * with the model's fields only (strict objects refuse any other key), so assessments are taken as
 * they are: copying a thousand of them again would only cost time. Every field gets a clock: one
 * the file did not give takes the time its part recorded (see domain/sync/registers.ts).
 */
function buildEnvelope(valid: ValidEnvelope): ExportEnvelope {
  return {
    format: FORMAT_TAG,
    formatVersion: valid.formatVersion,
    formatRevision: CURRENT_FORMAT_REVISION,
    exportedAt: valid.exportedAt,
    app: { name: valid.app.name, version: valid.app.version },
    methodologyVersion: valid.methodologyVersion,
    assessments: valid.assessments.map(withClocks),
    attachments: valid.attachments.map((a) => ({ ...metaOf(a), data: a.data })),
    snapshots: valid.snapshots.map((s) => ({
      id: s.id,
      assessmentId: s.assessmentId,
      takenAt: s.takenAt,
      label: s.label,
      assessment: withClocks(s.assessment)
    }))
  };
}

/** Photos, files and snapshots must belong to an assessment of the same file. */
function checkReferences(valid: ValidEnvelope): ExchangeError[] {
  const ids = new Set(valid.assessments.map((a) => a.id));
  const unknown = (list: readonly { assessmentId: string }[], kind: 'attachment' | 'snapshot') =>
    list.flatMap((item, i): ExchangeError[] =>
      ids.has(item.assessmentId)
        ? []
        : [{ code: 'invalid', detail: 'unknown-assessment', params: { value: showValue(item.assessmentId) }, path: { [kind]: i + 1, field: 'assessmentId' } }]
    );
  return [...unknown(valid.attachments, 'attachment'), ...unknown(valid.snapshots, 'snapshot')].slice(0, MAX_ERRORS);
}

/** Why a version is unreadable: absent, not a number (`"2"` is text, not version 2), or a number no version has. */
function versionError(version: unknown): ExchangeError {
  const detail = version === undefined ? 'missing' : typeof version === 'number' ? undefined : 'wrong-type';
  return { ...fileError('bad-version', { value: showValue(version) }), ...(detail && { detail }) };
}

/**
 * Reads the text of an export file: checks the tag and version, migrates older versions step by
 * step, validates, and returns the envelope in the current version or the reasons it can't.
 * Never throws.
 */
export function parseExport(text: string, options: ParseOptions = {}): ParseResult {
  // Length in UTF-16 units never exceeds the UTF-8 byte count, so this only refuses real excess.
  if (text.length > MAX_FILE_BYTES) return fail(fileError('too-large', { size: text.length, max: MAX_FILE_BYTES }));
  const doc = readJson(text);
  if (doc === undefined) return fail(fileError('not-json'));
  if (!isRecord(doc) || doc.format !== FORMAT_TAG) return fail(fileError('wrong-format'));

  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail(versionError(version));
  if (version > CURRENT_FORMAT_VERSION) {
    const app = isRecord(doc.app) && typeof doc.app.version === 'string' ? showValue(doc.app.version) : '';
    return fail(fileError('newer-version', { version, current: CURRENT_FORMAT_VERSION, appVersion: app }));
  }

  const migrated = migrateDocument(doc, version, options.migrations ?? migrations);
  if (!migrated.ok) return fail(migrated.error);

  // A later revision of this version only adds optional fields: leave those out, and say which.
  const revision = migrated.doc.formatRevision;
  const later = version === CURRENT_FORMAT_VERSION && typeof revision === 'number' && revision > CURRENT_FORMAT_REVISION;
  const stripped = later ? stripUnknownFields(currentEnvelopeSchema, migrated.doc) : { doc: migrated.doc, fields: [] };

  // abortPipeEarly: one error per bad value, not one per check it fails.
  const result = v.safeParse(currentEnvelopeSchema, stripped.doc, { abortPipeEarly: true });
  if (!result.success) return fail(...result.issues.slice(0, MAX_ERRORS).map(issueToError));
  const unknown = checkReferences(result.output);
  if (unknown.length > 0) return fail(...unknown);
  const envelope = buildEnvelope(result.output);
  return stripped.fields.length > 0 ? { ok: true, envelope, unknownFields: stripped.fields } : { ok: true, envelope };
}
