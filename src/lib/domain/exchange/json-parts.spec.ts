import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../evidence/base64';
import { makeAttachment, testBytes } from '../evidence/test-attachments';
import { metaOf } from '../evidence/types';
import { closeWorkshop } from '../history/snapshot';
import type { ExportEnvelope } from './envelope';
import { toJsonParts } from './json-parts';
import { serializeExport, toJson } from './serialize';
import { arbitraryAssessmentList, arbitraryText, arbitraryTimestamp } from './test-arbitraries';
import { makeAssessment, testNow } from './test-assessments';

/** The parts joined, each attachment's base64 put in its place. */
const joined = (envelope: ExportEnvelope) =>
  Array.from(toJsonParts(envelope), (part) => (typeof part === 'string' ? part : envelope.attachments[part.attachment].data)).join('');

async function attachmentOf(id: string, assessmentId: string, length: number, caption = '') {
  const bytes = testBytes(length, length);
  return { ...metaOf(await makeAttachment({ id, assessmentId, caption }, bytes)), data: bytesToBase64(bytes) };
}

describe('toJsonParts', () => {
  it('writes exactly the text of toJson, whatever the assessments hold', () => {
    fc.assert(
      fc.property(arbitraryAssessmentList(), arbitraryTimestamp(), fc.boolean(), (list, now, omitPersonalData) => {
        const envelope = serializeExport(list, { appVersion: '1.0.0', now, omitPersonalData });
        expect(joined(envelope)).toBe(toJson(envelope));
      }),
      { numRuns: 100 }
    );
  });

  it('writes exactly the text of toJson with photos, captions in any script, and snapshots', async () => {
    const a = makeAssessment({ serviceName: 'Δήμος «Πάτρα» \u2028 "quoted" \\ 😀' });
    const b = makeAssessment({}, 'b-2');
    const { snapshot } = closeWorkshop(a, 's-1', 'First', testNow);
    const attachments = [await attachmentOf('p-1', 'a-1', 0), await attachmentOf('p-2', 'b-2', 1, 'ç "é"\n😀'), await attachmentOf('p-3', 'a-1', 4000)];
    const envelope = serializeExport([a, b], { appVersion: '0.1.0', now: testNow, attachments, snapshots: [snapshot] });
    expect(joined(envelope)).toBe(toJson(envelope));
    await fc.assert(
      fc.asyncProperty(arbitraryText(40), fc.nat(300), async (caption, length) => {
        const one = serializeExport([a], { appVersion: '0.1.0', now: testNow, attachments: [await attachmentOf('p', 'a-1', length, caption)] });
        expect(joined(one)).toBe(toJson(one));
      }),
      { numRuns: 50 }
    );
  });

  it('keeps each attachment’s base64 out of the text parts, one place per attachment in order', async () => {
    const attachments = [await attachmentOf('p-1', 'a-1', 90), await attachmentOf('p-2', 'a-1', 90)];
    const envelope = serializeExport([makeAssessment()], { appVersion: '0.1.0', now: testNow, attachments });
    const parts = [...toJsonParts(envelope)];
    expect(parts.filter((p) => typeof p !== 'string')).toEqual([{ attachment: 0 }, { attachment: 1 }]);
    for (const part of parts) if (typeof part === 'string') expect(part).not.toContain(attachments[0].data);
  });

  it('writes an envelope with empty lists as JSON.stringify does', () => {
    const envelope = serializeExport([], { appVersion: '0.1.0', now: testNow });
    expect(joined(envelope)).toBe(toJson(envelope));
    expect(joined({ ...envelope, formatRevision: undefined })).toBe(toJson({ ...envelope, formatRevision: undefined }));
  });
});
