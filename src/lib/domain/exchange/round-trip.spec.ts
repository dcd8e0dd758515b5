import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExport } from './parse';
import { serializeExport, toJson } from './serialize';
import { arbitraryAssessmentList, arbitraryTimestamp } from './test-arbitraries';

describe('export then import', () => {
  it('gives back exactly the assessments that were exported', () => {
    fc.assert(
      fc.property(arbitraryAssessmentList(), arbitraryTimestamp(), (list, now) => {
        const result = parseExport(toJson(serializeExport(list, { appVersion: '1.0.0', now })));
        if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
        expect(result.envelope.assessments).toEqual(list);
        expect(result.envelope.exportedAt).toBe(now);
      }),
      { numRuns: 150 }
    );
  });

  it('still imports a file written without personal data', () => {
    fc.assert(
      fc.property(arbitraryAssessmentList(), (list) => {
        const envelope = serializeExport(list, { appVersion: '1.0.0', now: '2026-11-23T10:00:00.000Z', omitPersonalData: true });
        const result = parseExport(toJson(envelope));
        expect(result.ok && result.envelope).toEqual(envelope);
      }),
      { numRuns: 50 }
    );
  });
});
