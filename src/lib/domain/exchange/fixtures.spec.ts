import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorPath, ExchangeErrorCode } from './errors';
import { parseExport } from './parse';
import { readExport } from './read-export';
import { serializeExport, toJson } from './serialize';
import { withClocks } from '../sync/registers';

/*
 * tests/fixtures/exchange holds real files of every format version ever shipped (`v<N>-….tessera.json`)
 * and broken files the browser tests also use (`bad-…`). Old versions must load forever.
 */
const dir = fileURLToPath(new URL('../../../../tests/fixtures/exchange/', import.meta.url));
const files = readdirSync(dir);
const read = (name: string) => readFileSync(`${dir}${name}`, 'utf8');
const shipped = files.filter((f) => /^v\d+-.+\.tessera\.json$/.test(f));

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('every format version ever shipped', () => {
  it('has at least the v1 fixture', () => {
    expect(shipped).toContain('v1-full.tessera.json');
  });

  it.each(shipped)('loads %s without errors, attachments verified', async (name) => {
    const result = await readExport(read(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.envelope.assessments.length).toBeGreaterThan(0);
  });

  it('has a fixture for the current version', () => {
    expect(shipped).toContain('v3-with-clocks.tessera.json');
  });

  it.each([
    'v1-full.tessera.json',
    'v2-with-attachment.tessera.json',
    'v3-with-clocks.tessera.json',
    'v3r1-with-dissent.tessera.json',
    'v3r2-with-added.tessera.json'
  ])('round-trips %s through the current version with nothing lost', (name) => {
    const first = parseExport(read(name));
    if (!first.ok) throw new Error(`${name} refused`);
    const again = parseExport(
      toJson(
        serializeExport(first.envelope.assessments, {
          appVersion: 'test',
          now: first.envelope.exportedAt,
          attachments: first.envelope.attachments,
          snapshots: first.envelope.snapshots
        })
      )
    );
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.envelope.assessments).toEqual(first.envelope.assessments);
    expect(again.envelope.attachments).toEqual(first.envelope.attachments);
    expect(again.envelope.snapshots).toEqual(first.envelope.snapshots);
  });

  it('reads the v3 fixture with its clocks and a deleted next step', () => {
    const result = parseExport(read('v3-with-clocks.tessera.json'));
    if (!result.ok) throw new Error('v3 fixture refused');
    const [a] = result.envelope.assessments;
    expect(a.clocks.removed).toEqual({ 'r:strategy.rule.1:step:ns-01': '2026-12-01T09:00:00.000Z' });
    expect(a.clocks.changed['r:strategy.rule.1:note']).toBe('2026-12-01T09:05:00.000Z');
    expect(a.responses['strategy.rule.1']?.nextSteps.map((s) => s.id)).not.toContain('ns-01');
  });

  it('reads revision 1 of version 3 with the minority view a divided vote left', () => {
    const result = parseExport(read('v3r1-with-dissent.tessera.json'));
    if (!result.ok) throw new Error('v3 revision 1 fixture refused');
    expect(result.unknownFields).toBeUndefined();
    expect(result.envelope.assessments[0].responses['strategy.rule.1']?.dissent).toMatch(/^Ο υπεύθυνος ΤΠΕ/);
  });

  it('reads revision 2 of version 3 with when each list item was added, and lists ordered by it', () => {
    const result = parseExport(read('v3r2-with-added.tessera.json'));
    if (!result.ok) throw new Error('v3 revision 2 fixture refused');
    expect(result.unknownFields).toBeUndefined();
    const [a] = result.envelope.assessments;
    expect(a.clocks.added['p:p-02']).toBe('2026-11-18T08:00:30.000Z');
    // The deleted step keeps its time, so a copy that still has it cannot move it on a merge.
    expect(a.clocks.added['r:strategy.rule.1:step:ns-01']).toBe('2026-11-18T08:30:00.000Z');
    expect(a.participants.map((p) => p.id)).toEqual(['p-01', 'p-02', 'p-03']);
  });

  it('takes the items of a file without those times as added in the order it lists them', () => {
    const result = parseExport(read('v3r1-with-dissent.tessera.json'));
    if (!result.ok) throw new Error('v3 revision 1 fixture refused');
    const [a] = result.envelope.assessments;
    const times = a.tags.map((tag) => a.clocks.added[`t:${tag}`]);
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBe(a.tags.length);
  });

  it('never takes an old item as added before year 0000, so the file it exports still reads', () => {
    const result = parseExport(read('v3r1-with-dissent.tessera.json'));
    if (!result.ok) throw new Error('v3 revision 1 fixture refused');
    const [a] = result.envelope.assessments;
    const earliest = '0000-01-01T00:00:00.000Z';
    const old = withClocks({ ...a, updatedAt: earliest, clocks: { changed: {}, removed: {} } });
    expect(a.tags.map((tag) => old.clocks.added[`t:${tag}`])).toEqual(a.tags.map(() => earliest));
    const again = parseExport(toJson(serializeExport([old], { appVersion: 'test', now: a.updatedAt })));
    expect(again.ok ? [] : again.errors).toEqual([]);
  });

  it('reads the v1 fixture in full', () => {
    const result = parseExport(read('v1-full.tessera.json'));
    if (!result.ok) throw new Error('v1 fixture refused');
    const [a] = result.envelope.assessments;
    expect(a.serviceName).toBe('Άδεια κατάληψης κοινόχρηστου χώρου');
    expect(a.responses['design.rule.4']).toMatchObject({ rating: 'not-applicable', naReason: expect.stringContaining('ΓΕΜΗ') });
    expect(a.responses['strategy.rule.1']?.votes).toEqual({ 'not-started': 0, partly: 1, largely: 4, fully: 1 });
    expect(a.parkingLot).toHaveLength(2);
    expect(Object.keys(a.actions)).toHaveLength(3);
  });

  it('reads the v1 fixture as the current version, with no photos, files or snapshots', () => {
    const result = parseExport(read('v1-full.tessera.json'));
    expect(result.ok && [result.envelope.formatVersion, result.envelope.attachments, result.envelope.snapshots]).toEqual([3, [], []]);
  });

  it('reads the v2 fixture in full: a photo and a PDF byte for byte, and two workshop snapshots', async () => {
    const result = await readExport(read('v2-with-attachment.tessera.json'));
    if (!result.ok) throw new Error('v2 fixture refused');
    const [photo, pdf] = result.envelope.attachments;
    expect(photo).toMatchObject({ ruleId: 'strategy.rule.1', type: 'image/png', size: 148, caption: expect.stringContaining('αυτοκόλλητα') });
    expect(Buffer.from(await photo.blob.arrayBuffer()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(await pdf.blob.text()).toMatch(/^%PDF-1\.4/);
    const [first, second] = result.envelope.snapshots;
    expect([first.label, second.label]).toEqual(['Πρώτο εργαστήριο', 'Δεύτερο εργαστήριο']);
    expect(first.assessment.responses['strategy.rule.1']?.rating).toBe('partly');
    expect(second.assessment).toEqual(result.envelope.assessments[0]);
  });
});

const badFiles: [string, ExchangeErrorCode, ErrorPath, Record<string, unknown>?][] = [
  ['bad-truncated.json', 'not-json', {}],
  ['bad-not-json.txt', 'not-json', {}],
  ['bad-wrong-format.json', 'wrong-format', {}],
  ['bad-newer-version.json', 'newer-version', {}, { version: 4, appVersion: '4.0.0' }],
  ['bad-proto.json', 'invalid', { assessment: 1, field: '__proto__' }, { value: '__proto__' }],
  ['bad-rating.json', 'invalid', { assessment: 2, ruleId: 'strategy.rule.3', field: 'rating' }, { value: 'maybe' }],
  ['bad-attachment-hash.json', 'invalid', { attachment: 1, field: 'sha256' }]
];

describe('broken files', () => {
  it('refuse a photo altered after the export by its SHA-256, though the file itself is well formed', async () => {
    expect(parseExport(read('bad-attachment-hash.json')).ok).toBe(true);
    const result = await readExport(read('bad-attachment-hash.json'));
    expect(!result.ok && result.errors).toEqual([expect.objectContaining({ detail: 'bad-hash', path: { attachment: 1, field: 'sha256' } })]);
  });

  it('are all listed here', () => {
    expect(files.filter((f) => f.startsWith('bad-')).sort()).toEqual(badFiles.map(([name]) => name).sort());
  });

  it.each(badFiles)('%s is refused with %s', async (name, code, path, params = {}) => {
    const result = await readExport(read(name));
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ code, path, params: expect.objectContaining(params) })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
