import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../evidence/base64';
import { makeAttachment, testBytes } from '../evidence/test-attachments';
import { metaOf } from '../evidence/types';
import { closeWorkshop } from '../history/snapshot';
import { limits } from './limits';
import { parseExport } from './parse';
import { serializeExport, toJson } from './serialize';
import { makeAssessment, testNow } from './test-assessments';

/* Format version 2's photos, files and snapshots: every way a file can get them wrong is located. */

const fixture = fileURLToPath(new URL('../../../../tests/fixtures/exchange/v2-with-attachment.tessera.json', import.meta.url));
const valid = () => JSON.parse(readFileSync(fixture, 'utf8'));
const errorsOf = (doc: unknown) => {
  const result = parseExport(JSON.stringify(doc));
  return result.ok ? [] : result.errors;
};
const withAttachment = (change: Record<string, unknown>) => {
  const doc = valid();
  doc.attachments[0] = { ...doc.attachments[0], ...change };
  return doc;
};

describe('attachments in a file', () => {
  it.each([
    ['an HTML page', { type: 'text/html' }, 'not-allowed', 'type'],
    ['an SVG image, which can carry scripts', { type: 'image/svg+xml' }, 'not-allowed', 'type'],
    ['data that is not base64', { data: 'not base64!' }, 'bad-data', 'data'],
    ['base64 with line breaks', { data: 'iVBO\nRw==' }, 'bad-data', 'data'],
    ['a hash that is not SHA-256 hex', { sha256: 'abc' }, 'bad-hash', 'sha256'],
    ['a negative size', { size: -1 }, 'out-of-range', 'size'],
    ['a size over the limit', { size: limits.attachmentBytes + 1 }, 'out-of-range', 'size'],
    ['a rule the method does not have', { ruleId: 'strategy.rule.99' }, 'unknown-rule', 'ruleId'],
    ['an empty name', { name: '' }, 'empty', 'name'],
    ['a field Tessera does not know', { path: '/etc/passwd' }, 'unknown-key', 'path']
  ])('refuses %s', (_name, change, detail, field) => {
    expect(errorsOf(withAttachment(change))).toEqual([expect.objectContaining({ code: 'invalid', detail, path: { attachment: 1, field } })]);
  });

  it('refuses a photo of an assessment that is not in the file', () => {
    expect(errorsOf(withAttachment({ assessmentId: 'elsewhere' }))).toEqual([
      { code: 'invalid', detail: 'unknown-assessment', params: { value: 'elsewhere' }, path: { attachment: 1, field: 'assessmentId' } }
    ]);
  });

  it('refuses the same attachment twice', () => {
    const doc = valid();
    doc.attachments.push(doc.attachments[0]);
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ detail: 'duplicate-id', path: { field: 'attachments' } })]);
  });
});

describe('snapshots in a file', () => {
  it('locates an error inside a snapshot’s assessment by snapshot and rule', () => {
    const doc = valid();
    doc.snapshots[1].assessment.responses['strategy.rule.3'].rating = 'maybe';
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({
        code: 'invalid',
        path: { snapshot: 2, ruleId: 'strategy.rule.3', field: 'rating' },
        params: expect.objectContaining({ value: 'maybe' })
      })
    ]);
  });

  it('refuses a snapshot of an assessment that is not in the file', () => {
    const doc = valid();
    doc.snapshots[0].assessmentId = 'elsewhere';
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ detail: 'unknown-assessment', path: { snapshot: 1, field: 'assessmentId' } })]);
  });

  it('refuses a snapshot without a date', () => {
    const doc = valid();
    delete doc.snapshots[0].takenAt;
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ detail: 'missing', path: { snapshot: 1, field: 'takenAt' } })]);
  });
});

describe('export then import, with photos and snapshots', () => {
  it('gives back the same photos, files and snapshots', async () => {
    const a = makeAssessment();
    const bytes = testBytes(300, 11);
    const attachment = { ...metaOf(await makeAttachment({}, bytes)), data: bytesToBase64(bytes) };
    const { snapshot } = closeWorkshop(a, 's-1', 'Εργαστήριο', testNow);
    const envelope = serializeExport([a], { appVersion: '0.1.0', now: testNow, attachments: [attachment], snapshots: [snapshot] });
    const result = parseExport(toJson(envelope));
    expect(result.ok && result.envelope).toEqual(envelope);
  });
});
