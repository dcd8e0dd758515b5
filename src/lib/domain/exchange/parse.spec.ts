import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from './limits';
import { parseExport } from './parse';
import { CURRENT_FORMAT_REVISION } from './envelope';
import { serializeExport, toJson } from './serialize';
import { makeAssessment, testNow } from './test-assessments';
import type { ExchangeError } from './errors';

// Tests edit the raw JSON on purpose, so it is typed loosely.
type Raw = Record<string, any>;

const validDoc = (): Raw => {
  const envelope = serializeExport([makeAssessment(), makeAssessment({}, 'a-2')], { appVersion: '0.1.0', now: testNow });
  return JSON.parse(toJson(envelope));
};
const r1 = (d: Raw) => d.assessments[0].responses['strategy.rule.1'];
const parseDoc = (doc: unknown) => parseExport(JSON.stringify(doc));
const errorsOf = (text: string): ExchangeError[] => {
  const result = parseExport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};
const firstError = (doc: unknown) => errorsOf(JSON.stringify(doc))[0];

describe('parseExport: reading the file', () => {
  it('returns the envelope of a valid file', () => {
    const doc = validDoc();
    const result = parseDoc(doc);
    expect(result).toEqual({ ok: true, envelope: doc });
  });

  it('accepts a byte-order mark', () => {
    expect(parseExport(`\uFEFF${JSON.stringify(validDoc())}`).ok).toBe(true);
  });

  it.each([
    ['text', 'hello', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['a cut file', JSON.stringify(validDoc()).slice(0, 200), 'not-json'],
    ['an array', '[]', 'wrong-format'],
    ['null', 'null', 'wrong-format'],
    ['another format', '{"format":"excalidraw","version":2}', 'wrong-format'],
    ['no version', '{"format":"tessera-assessment"}', 'bad-version'],
    ['a version as text', '{"format":"tessera-assessment","formatVersion":"1"}', 'bad-version'],
    ['a fractional version', '{"format":"tessera-assessment","formatVersion":1.5}', 'bad-version'],
    ['version 0', '{"format":"tessera-assessment","formatVersion":0}', 'bad-version']
  ])('refuses %s with %s', (_name, text, code) => {
    expect(errorsOf(text)).toEqual([expect.objectContaining({ code, path: {} })]);
  });

  it.each([
    ['no version', undefined, 'missing', ''],
    ['a version as text', '"2"', 'wrong-type', '2'],
    ['a version as a boolean', 'true', 'wrong-type', 'true'],
    ['a version as a list', '[2]', 'wrong-type', '[…]'],
    ['a fractional version', '1.5', undefined, '1.5']
  ])('says why %s is unreadable', (_name, version, detail, value) => {
    const text = `{"format":"tessera-assessment"${version === undefined ? '' : `,"formatVersion":${version}`}}`;
    const [error] = errorsOf(text);
    expect(error).toEqual({ code: 'bad-version', params: { value }, path: {}, ...(detail && { detail }) });
  });

  it('asks for an update when the file comes from a newer format version', () => {
    const doc = { ...validDoc(), formatVersion: 4, app: { name: 'Tessera', version: '4.2.0' } };
    expect(firstError(doc)).toEqual({
      code: 'newer-version',
      params: { version: 4, current: 3, appVersion: '4.2.0' },
      path: {}
    });
  });

  it('refuses text longer than the file size limit before parsing it', () => {
    expect(errorsOf(' '.repeat(MAX_FILE_BYTES + 1))[0].code).toBe('too-large');
  });
});

describe('parseExport: validating the data', () => {
  it('points at the assessment, rule and field of a rating that is not allowed', () => {
    const doc = validDoc();
    doc.assessments[1].responses['strategy.rule.3'] = { ...r1(doc), rating: 'maybe' };
    expect(firstError(doc)).toMatchObject({
      code: 'invalid',
      detail: 'not-allowed',
      params: { value: 'maybe' },
      path: { assessment: 2, ruleId: 'strategy.rule.3', field: 'rating' }
    });
  });

  it.each<[string, (d: Raw) => void, Partial<ExchangeError>]>([
    [
      'a rule the methodology lacks',
      (d) => (d.assessments[0].responses['strategy.rule.99'] = {}),
      { detail: 'unknown-rule', path: { assessment: 1, ruleId: 'strategy.rule.99' } }
    ],
    [
      'an action the methodology lacks',
      (d) => (d.assessments[0].actions['design.action.42'] = { done: true, updatedAt: testNow }),
      { detail: 'unknown-action', path: { assessment: 1, actionId: 'design.action.42' } }
    ],
    ['a missing field', (d) => delete d.assessments[0].serviceName, { detail: 'missing', path: { assessment: 1, field: 'serviceName' } }],
    [
      'an unknown field',
      (d) => (d.assessments[0].colour = 'red'),
      { detail: 'unknown-key', params: { value: 'colour', expected: 'never' }, path: { assessment: 1, field: 'colour' } }
    ],
    ['a field of the wrong type', (d) => (d.assessments[0].tags = 'δήμος'), { detail: 'wrong-type', path: { assessment: 1, field: 'tags' } }],
    ['an over-long name', (d) => (d.assessments[0].serviceName = 'x'.repeat(201)), { detail: 'too-long', params: expect.objectContaining({ max: 200 }) }],
    ['an empty id', (d) => (d.assessments[0].id = ''), { detail: 'empty', path: { assessment: 1, field: 'id' } }],
    [
      'a bad timestamp',
      (d) => (d.exportedAt = 'yesterday'),
      { detail: 'bad-date', params: expect.objectContaining({ value: 'yesterday' }), path: { field: 'exportedAt' } }
    ],
    ['a bad day', (d) => (d.assessments[0].workshopDate = '20/11/2026'), { detail: 'bad-date', path: { assessment: 1, field: 'workshopDate' } }],
    [
      'a day its month lacks',
      (d) => (d.assessments[0].workshopDate = '2026-02-31'),
      { detail: 'bad-date', params: expect.objectContaining({ value: '2026-02-31' }), path: { assessment: 1, field: 'workshopDate' } }
    ],
    [
      'a timestamp on 30 February, not in the canonical form',
      (d) => (d.assessments[0].updatedAt = '2026-02-30T10:00:00Z'),
      { detail: 'bad-date', path: { assessment: 1, field: 'updatedAt' } }
    ],
    [
      'a next step due on 31 April',
      (d) => (r1(d).nextSteps[0].due = '2026-04-31'),
      { detail: 'bad-date', path: { assessment: 1, ruleId: 'strategy.rule.1', field: 'nextSteps.1.due' } }
    ],
    [
      'a script link',
      (d) => (r1(d).evidence[0].url = 'javascript:alert(1)'),
      { detail: 'bad-url', path: { assessment: 1, ruleId: 'strategy.rule.1', field: 'evidence.1.url' } }
    ],
    [
      'a negative vote count',
      (d) => (r1(d).votes.partly = -1),
      {
        detail: 'out-of-range',
        params: { value: '-1', expected: '>=0', min: 0 },
        path: { assessment: 1, ruleId: 'strategy.rule.1', field: 'votes.partly' }
      }
    ],
    [
      'a repeated next-step id',
      (d) => r1(d).nextSteps.push(r1(d).nextSteps[0]),
      { detail: 'duplicate-id', path: { assessment: 1, ruleId: 'strategy.rule.1', field: 'nextSteps' } }
    ],
    [
      'a next-step id used again on another rule',
      (d) => (d.assessments[1].responses['design.rule.2'].nextSteps = [{ ...r1(d).nextSteps[0], text: 'Another step' }]),
      { detail: 'duplicate-id', params: { value: 's-1' }, path: { assessment: 2, ruleId: 'design.rule.2', field: 'nextSteps.1.id' } }
    ],
    [
      'an evidence-link id used again on another rule',
      (d) => (d.assessments[0].responses['design.rule.2'].evidence = [{ ...r1(d).evidence[0] }]),
      { detail: 'duplicate-id', params: { value: 'e-1' }, path: { assessment: 1, ruleId: 'design.rule.2', field: 'evidence.1.id' } }
    ],
    [
      'a parking-lot item about an unknown rule',
      (d) => (d.assessments[0].parkingLot[0].ruleId = 'strategy.rule.0'),
      { detail: 'unknown-rule', path: { assessment: 1, field: 'parkingLot.1.ruleId' } }
    ],
    ['a repeated assessment id', (d) => (d.assessments[1].id = 'a-1'), { detail: 'duplicate-id', path: { field: 'assessments' } }]
  ])('reports %s', (_name, edit, expected) => {
    const doc = validDoc();
    edit(doc);
    expect(firstError(doc)).toMatchObject({ code: 'invalid', ...expected });
  });

  it('keeps a tag listed twice once, where it first appears', () => {
    const doc = validDoc();
    doc.assessments[0].tags = ['δήμος', 'άδειες', 'δήμος', 'άδειες'];
    const result = parseDoc(doc);
    expect(result.ok && result.envelope.assessments[0].tags).toEqual(['δήμος', 'άδειες']);
  });

  it('takes the same next-step id in two different assessments', () => {
    const doc = validDoc();
    expect(r1(doc).nextSteps[0].id).toBe(doc.assessments[1].responses['strategy.rule.1'].nextSteps[0].id);
    expect(parseDoc(doc).ok).toBe(true);
  });

  it('reports too many entries with the count and the limit', () => {
    const doc = validDoc();
    doc.assessments[0].participants = Array.from({ length: 101 }, (_, i) => ({ id: `p${i}`, name: '', role: '' }));
    expect(firstError(doc)).toEqual({
      code: 'too-many',
      params: { count: 101, max: 100 },
      path: { assessment: 1, field: 'participants' }
    });
  });

  it('reports one error per bad value', () => {
    const doc = validDoc();
    doc.assessments[0].updatedAt = '2026-13-45T99:00:00Z';
    expect(errorsOf(JSON.stringify(doc))).toHaveLength(1);
  });

  it('reports at most 20 errors', () => {
    const doc = validDoc();
    doc.assessments = Array.from({ length: 30 }, (_, i) => ({ ...doc.assessments[0], id: `x${i}`, serviceName: 5 }));
    expect(errorsOf(JSON.stringify(doc))).toHaveLength(20);
  });

  it('stores timestamps written with an offset in UTC', () => {
    const doc = validDoc();
    doc.assessments[0].updatedAt = '2026-11-23T12:00:00+02:00';
    const result = parseDoc(doc);
    expect(result.ok && result.envelope.assessments[0].updatedAt).toBe('2026-11-23T10:00:00.000Z');
  });
});

describe('parseExport: files of a later revision of the current version', () => {
  const laterRevision = () => {
    const doc = validDoc();
    doc.formatRevision = CURRENT_FORMAT_REVISION + 1;
    doc.assessments[0].confidence = 'high';
    doc.assessments[0].responses['strategy.rule.1'].evidenceCount = 3;
    doc.snapshots = [];
    doc.sharedWith = ['team'];
    return doc;
  };

  it('reads the file and lists the fields this version does not know, leaving them out', () => {
    const result = parseDoc(laterRevision());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.unknownFields).toEqual(['assessments[].confidence', 'assessments[].responses.*.evidenceCount', 'sharedWith']);
    expect(result.envelope.assessments[0]).not.toHaveProperty('confidence');
    expect(result.envelope.assessments[0]).toEqual(validDoc().assessments[0]);
  });

  it('still refuses what is wrong in the fields it knows', () => {
    const doc = laterRevision();
    doc.assessments[0].responses['strategy.rule.1'].rating = 'maybe';
    expect(firstError(doc)).toMatchObject({ code: 'invalid', path: { assessment: 1, ruleId: 'strategy.rule.1', field: 'rating' } });
  });

  it('refuses unknown fields in a file of this revision or an earlier one', () => {
    const doc = laterRevision();
    doc.formatRevision = 0;
    expect(firstError(doc)).toMatchObject({ code: 'invalid', detail: 'unknown-key' });
  });
});
