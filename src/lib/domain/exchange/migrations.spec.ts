import { describe, expect, it } from 'vitest';
import { migrateDocument, migrations, type FormatMigration } from './migrations';
import { parseExport } from './parse';
import { serializeExport, toJson } from './serialize';
import { makeAssessment, testNow, withoutClocks } from './test-assessments';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';

/** A version 1 file as Tessera 0.1 wrote it: no photos, snapshots, clocks or revision. */
function v1File() {
  const envelope = JSON.parse(toJson(serializeExport([makeAssessment()], { appVersion: '0.1.0', now: testNow })));
  const { attachments: _a, snapshots: _s, formatRevision: _r, assessments, ...rest } = envelope;
  return { ...rest, formatVersion: 1, assessments: assessments.map(withoutClocks) };
}

/** The assessment a version 1 or 2 file reads as: its clocks filled from the times it recorded. */
const readAsV3 = (a: ReturnType<typeof makeAssessment>) => ({ ...a, clocks: expect.any(Object) });

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
    expect(migrations.map((m) => [m.from, m.to])).toEqual([
      [1, 2],
      [2, 3]
    ]);
  });

  it('leaves a current document as it is', () => {
    const doc = { formatVersion: 3 };
    expect(migrateDocument(doc, 3)).toEqual({ ok: true, doc });
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
    expect(migrateDocument(v1, 1, [v1ToV2], 2)).toEqual({ ok: true, doc: { ...v1, formatVersion: 2, attachments: [], snapshots: [] } });
    expect(v1).toEqual(before);
  });

  it('reads a version 1 file as the same assessments in the current version', () => {
    const result = parseExport(JSON.stringify(v1File()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.envelope).toMatchObject({ formatVersion: 3, assessments: [readAsV3(makeAssessment())], attachments: [], snapshots: [] });
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
    const result = parseExport(JSON.stringify(v0), { migrations: [fakeV0ToV1, v1ToV2, v2ToV3] });
    expect(result.ok && result.envelope.assessments).toEqual([readAsV3(makeAssessment())]);
    expect(result.ok && result.envelope.app.version).toBe('0.0.1');
  });

  it('reports what the migrated file gets wrong', () => {
    const v0 = { format: 'tessera-assessment', formatVersion: 0, exportedAt: testNow, methodologyVersion: '1', items: 'none' };
    const result = parseExport(JSON.stringify(v0), { migrations: [fakeV0ToV1, v1ToV2, v2ToV3] });
    expect(!result.ok && result.errors).toEqual([expect.objectContaining({ code: 'invalid', detail: 'wrong-type', path: { field: 'assessments' } })]);
  });
});

describe('v2ToV3', () => {
  /** A version 2 file as Tessera wrote it before per-field clocks. */
  function v2File() {
    const envelope = JSON.parse(toJson(serializeExport([makeAssessment()], { appVersion: '0.2.0', now: testNow })));
    const { formatRevision: _r, assessments, ...rest } = envelope;
    return { ...rest, formatVersion: 2, assessments: assessments.map(withoutClocks) };
  }

  it('gives every field of a response its response’s time, and details the assessment’s last change', () => {
    const result = parseExport(JSON.stringify(v2File()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [a] = result.envelope.assessments;
    const rule = makeAssessment().responses['strategy.rule.1']!;
    expect(a.clocks.changed).toMatchObject({
      'r:strategy.rule.1:rating': rule.updatedAt,
      'r:strategy.rule.1:note': rule.updatedAt,
      'r:strategy.rule.1:target': rule.updatedAt,
      'r:strategy.rule.1:votes': rule.updatedAt,
      'r:strategy.rule.1:step:s-1': rule.nextSteps[0].updatedAt,
      'd:serviceName': a.updatedAt,
      'a:strategy.action.2': '2026-11-20T09:40:00.000Z'
    });
    expect(a.clocks.removed).toEqual({});
  });

  it('leaves clocks a file already has for validation to check', () => {
    const doc = v2File();
    doc.assessments[0].clocks = 'later';
    const result = parseExport(JSON.stringify(doc));
    expect(!result.ok && result.errors).toEqual([expect.objectContaining({ code: 'invalid', path: { assessment: 1, field: 'clocks' } })]);
  });
});
