import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseExport } from './parse';
import { serializeExport, toJson } from './serialize';
import { makeAssessment, testNow } from './test-assessments';

const validText = () => toJson(serializeExport([makeAssessment()], { appVersion: '0.1.0', now: testNow }));
/** Puts raw JSON text in as the first key of the outermost object, or of the first assessment. */
const injectTop = (text: string, raw: string) => text.replace(/^\{/, `{${raw},`);
const injectAssessment = (text: string, raw: string) => text.replace('"assessments": [\n    {', `"assessments": [{${raw},`);
const injectResponses = (text: string, raw: string) => text.replace('"responses": {', `"responses": {${raw},`);

const payload = '"__proto__": {"polluted": 1}';

afterEach(() => {
  // Clean up in case a test failed because pollution happened.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('parseExport and hostile keys', () => {
  it('refuses a __proto__ key at the top of the file without polluting anything', () => {
    const result = parseExport(injectTop(validText(), payload));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'invalid', detail: 'unknown-key', path: { field: '__proto__' } })]
    });
  });

  it('refuses a __proto__ key inside an assessment, naming the assessment', () => {
    const text = injectAssessment(validText(), payload);
    expect(text).toContain(payload);
    const result = parseExport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(!result.ok && result.errors[0]).toMatchObject({ detail: 'unknown-key', path: { assessment: 1, field: '__proto__' } });
  });

  it.each(['"__proto__": {"polluted": 1}', '"constructor": {"prototype": {"polluted": 1}}', '"prototype": {"polluted": 1}'])(
    'drops %s from a keyed record and keeps the rest',
    (raw) => {
      const text = injectResponses(validText(), raw);
      expect(text).toContain(`{${raw},`);
      const result = parseExport(text);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const responses = result.envelope.assessments[0].responses;
      expect(Object.getPrototypeOf(responses)).toBe(Object.prototype);
      expect(Object.keys(responses)).toEqual(['strategy.rule.1', 'design.rule.2']);
      expect(Object.hasOwn(responses, '__proto__')).toBe(false);
      expect(Object.hasOwn(responses, 'constructor')).toBe(false);
      expect((responses as Record<string, unknown>).polluted).toBeUndefined();
    }
  );
});

describe('parseExport never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseExport(text).ok === 'boolean'));
  });

  it('on arbitrary JSON carrying the right tag and version', () => {
    const doc = fc.record({
      format: fc.constant('tessera-assessment'),
      formatVersion: fc.oneof(fc.constant(1), fc.integer()),
      assessments: fc.array(fc.jsonValue(), { maxLength: 3 })
    });
    fc.assert(fc.property(doc, (d) => typeof parseExport(JSON.stringify(d)).ok === 'boolean'));
  });

  it('when any field of a valid file holds any JSON value', () => {
    const fields = Object.keys(makeAssessment());
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
        const doc = JSON.parse(validText());
        doc.assessments[0][field] = value;
        const result = parseExport(JSON.stringify(doc));
        return result.ok || result.errors.every((e) => e.path.assessment === 1);
      })
    );
  });
});
