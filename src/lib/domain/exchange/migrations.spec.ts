import { describe, expect, it } from 'vitest';
import { migrateDocument, migrations, type FormatMigration } from './migrations';
import { parseExport } from './parse';
import { serializeExport, toJson } from './serialize';
import { makeAssessment, testNow } from './test-assessments';
import { v1ToV2 } from './v1-to-v2';

/** A version 1 file as Tessera 0.1 wrote it. */
function v1File() {
  const { attachments: _a, snapshots: _s, ...rest } = JSON.parse(toJson(serializeExport([makeAssessment()], { appVersion: '0.1.0', now: testNow })));
  return { ...rest, formatVersion: 1 };
}

/** A pretend format 0 that kept assessments under `items` and had no app block. */
const fakeV0ToV1: FormatMigration = {
  from: 0,
  to: 1,
  migrate: ({ items, ...rest }) => ({ ...rest, assessments: items, app: { name: 'Tessera', version: '0.0.1' } })
};

const step = (from: number): FormatMigration => ({
  from,
  to: from + 1,
  migrate: (doc) => ({ ...doc, trail: [...((doc.trail as number[]) ?? []), from] })
});

describe('migrateDocument', () => {
  it('lists every migration ever shipped, from version 1 up', () => {
    expect(migrations.map((m) => [m.from, m.to])).toEqual([[1, 2]]);
  });

  it('leaves a current document as it is', () => {
    const doc = { formatVersion: 2 };
    expect(migrateDocument(doc, 2)).toEqual({ ok: true, doc });
  });

  it('applies each step in order and stamps the version it reached', () => {
    const registry = [step(3), step(1), step(2)];
    expect(migrateDocument({ formatVersion: 1 }, 1, registry, 4)).toEqual({
      ok: true,
      doc: { formatVersion: 4, trail: [1, 2, 3] }
    });
  });

  it('starts from the version of the document', () => {
    const result = migrateDocument({ formatVersion: 2 }, 2, [step(1), step(2), step(3)], 4);
    expect(result.ok && result.doc.trail).toEqual([2, 3]);
  });

  it('refuses a version no migration starts from', () => {
    expect(migrateDocument({}, 1, [step(2)], 3)).toEqual({
      ok: false,
      error: { code: 'bad-version', params: { value: 1 }, path: {} }
    });
  });

  it('reports a migration that fails instead of throwing', () => {
    const broken: FormatMigration = {
      from: 1,
      to: 2,
      migrate: () => {
        throw new TypeError('boom');
      }
    };
    expect(migrateDocument({}, 1, [broken], 2)).toMatchObject({
      ok: false,
      error: { code: 'invalid', detail: 'migration-failed' }
    });
  });
});

describe('v1ToV2', () => {
  it('adds no photos, files or snapshots to a version 1 file and keeps the rest', () => {
    const v1 = v1File();
    const before = structuredClone(v1);
    expect(migrateDocument(v1, 1)).toEqual({ ok: true, doc: { ...v1, formatVersion: 2, attachments: [], snapshots: [] } });
    expect(v1).toEqual(before);
  });

  it('reads a version 1 file as the same assessments in version 2', () => {
    const result = parseExport(JSON.stringify(v1File()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.envelope).toMatchObject({ formatVersion: 2, assessments: [makeAssessment()], attachments: [], snapshots: [] });
  });

  it('leaves a key a version 1 file should not have for validation to report', () => {
    const result = parseExport(JSON.stringify({ ...v1File(), attachments: 'photos' }));
    expect(!result.ok && result.errors).toEqual([expect.objectContaining({ code: 'invalid', detail: 'wrong-type', path: { field: 'attachments' } })]);
  });
});

describe('parseExport with migrations', () => {
  it('migrates an older file, then validates it as the current version', () => {
    const { assessments, app: _app, ...rest } = v1File();
    const v0 = { ...rest, formatVersion: 0, items: assessments };
    const result = parseExport(JSON.stringify(v0), { migrations: [fakeV0ToV1, v1ToV2] });
    expect(result.ok && result.envelope.assessments).toEqual([makeAssessment()]);
    expect(result.ok && result.envelope.app.version).toBe('0.0.1');
  });

  it('reports what the migrated file gets wrong', () => {
    const v0 = { format: 'tessera-assessment', formatVersion: 0, exportedAt: testNow, methodologyVersion: '1', items: 'none' };
    const result = parseExport(JSON.stringify(v0), { migrations: [fakeV0ToV1, v1ToV2] });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ code: 'invalid', detail: 'wrong-type', path: { field: 'assessments' } })
    ]);
  });
});
