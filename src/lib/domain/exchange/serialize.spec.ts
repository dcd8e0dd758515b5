import { describe, expect, it } from 'vitest';
import { methodology } from '../methodology/methodology';
import { serializeExport, toJson } from './serialize';
import { CURRENT_FORMAT_REVISION } from './envelope';
import { makeAssessment, testNow } from './test-assessments';
import { makeAttachment } from '../evidence/test-attachments';
import { metaOf } from '../evidence/types';
import { closeWorkshop } from '../history/snapshot';

const options = { appVersion: '0.1.0', now: testNow };

describe('serializeExport', () => {
  it('wraps the assessments in a tagged, versioned envelope', () => {
    const a = makeAssessment();
    expect(serializeExport([a], options)).toEqual({
      format: 'tessera-assessment',
      formatVersion: 3,
      formatRevision: CURRENT_FORMAT_REVISION,
      exportedAt: testNow,
      app: { name: 'Tessera', version: '0.1.0' },
      methodologyVersion: methodology.version,
      assessments: [a],
      attachments: [],
      snapshots: []
    });
  });

  it('carries the photos, files and snapshots of the exported assessments only', async () => {
    const a = makeAssessment();
    const mine = { ...metaOf(await makeAttachment({ id: 'mine' })), data: 'iVBORw==' };
    const theirs = { ...mine, id: 'theirs', assessmentId: 'elsewhere' };
    const { snapshot } = closeWorkshop(a, 's-1', 'First', testNow);
    const other = { ...snapshot, id: 's-2', assessmentId: 'elsewhere' };
    const envelope = serializeExport([a], { ...options, attachments: [mine, theirs], snapshots: [snapshot, other] });
    expect(envelope.attachments).toEqual([mine]);
    expect(envelope.snapshots).toEqual([snapshot]);
  });

  it('leaves the names of people out of snapshots as well', () => {
    const a = makeAssessment();
    const { snapshot } = closeWorkshop(a, 's-1', 'First', testNow);
    const [out] = serializeExport([a], { ...options, snapshots: [snapshot], omitPersonalData: true }).snapshots;
    expect(out.assessment.facilitator).toBe('');
    expect(out.assessment.participants).toEqual([]);
    expect(snapshot.assessment.participants).toHaveLength(1);
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
