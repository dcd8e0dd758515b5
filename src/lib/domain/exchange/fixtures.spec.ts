import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorPath, ExchangeErrorCode } from './errors';
import { parseExport } from './parse';

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

  it.each(shipped)('loads %s without errors', (name) => {
    const result = parseExport(read(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.envelope.assessments.length).toBeGreaterThan(0);
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
});

const badFiles: [string, ExchangeErrorCode, ErrorPath, Record<string, unknown>?][] = [
  ['bad-truncated.json', 'not-json', {}],
  ['bad-not-json.txt', 'not-json', {}],
  ['bad-wrong-format.json', 'wrong-format', {}],
  ['bad-newer-version.json', 'newer-version', {}, { version: 2, appVersion: '2.0.0' }],
  ['bad-proto.json', 'invalid', { assessment: 1, field: '__proto__' }, { value: '__proto__' }],
  ['bad-rating.json', 'invalid', { assessment: 2, ruleId: 'strategy.rule.3', field: 'rating' }, { value: 'maybe' }]
];

describe('broken files', () => {
  it('are all listed here', () => {
    expect(files.filter((f) => f.startsWith('bad-')).sort()).toEqual(badFiles.map(([name]) => name).sort());
  });

  it.each(badFiles)('%s is refused with %s', (name, code, path, params = {}) => {
    const result = parseExport(read(name));
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ code, path, params: expect.objectContaining(params) })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
