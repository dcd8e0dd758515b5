import { describe, expect, it } from 'vitest';
import { methodology } from '../methodology/methodology';
import { serializeExport, toJson } from './serialize';
import { makeAssessment, testNow } from './test-assessments';

const options = { appVersion: '0.1.0', now: testNow };

describe('serializeExport', () => {
  it('wraps the assessments in a tagged, versioned envelope', () => {
    const a = makeAssessment();
    expect(serializeExport([a], options)).toEqual({
      format: 'tessera-assessment',
      formatVersion: 1,
      exportedAt: testNow,
      app: { name: 'Tessera', version: '0.1.0' },
      methodologyVersion: methodology.version,
      assessments: [a]
    });
  });

  it('copies the assessments instead of sharing them', () => {
    const a = makeAssessment();
    const envelope = serializeExport([a], options);
    expect(envelope.assessments[0]).not.toBe(a);
    expect(envelope.assessments[0].responses['strategy.rule.1']).not.toBe(a.responses['strategy.rule.1']);
  });

  it('leaves out fields that are not part of the model', () => {
    const a = { ...makeAssessment(), draftCursor: 3 };
    expect(serializeExport([a], options).assessments[0]).not.toHaveProperty('draftCursor');
  });

  it('drops participants and blanks the facilitator and owners when personal data is omitted', () => {
    const a = makeAssessment();
    const [out] = serializeExport([a], { ...options, omitPersonalData: true }).assessments;
    expect(out.facilitator).toBe('');
    expect(out.participants).toEqual([]);
    expect(out.responses['strategy.rule.1']?.nextSteps[0]).toMatchObject({ owner: '', text: 'Συνέντευξη με 5 πολίτες' });
    expect(out.serviceName).toBe(a.serviceName);
    expect(a.participants).toHaveLength(1);
  });

  it('keeps personal data unless asked to omit it', () => {
    const [out] = serializeExport([makeAssessment()], options).assessments;
    expect(out.facilitator).toBe('Ελένη Παπαδοπούλου');
    expect(out.participants).toHaveLength(1);
  });
});

describe('toJson', () => {
  it('writes readable JSON with Greek as it is and a final newline', () => {
    const json = toJson(serializeExport([makeAssessment()], options));
    expect(json).toMatch(/^\{\n {2}"format": "tessera-assessment",\n/);
    expect(json).toContain('Δήμος Πατρέων');
    expect(json.endsWith('}\n')).toBe(true);
  });
});
