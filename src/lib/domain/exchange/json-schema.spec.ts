import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { nextStepStatuses, ratingLevels, ratings } from '../assessment/types';
import * as parts from './assessment-schema';
import { envelopeV1Schema } from './envelope-schema';
import { isSafeEvidenceUrl } from './evidence-url';
import { limits } from './limits';
import { serializeExport, toJson } from './serialize';
import { arbitraryAssessmentList } from './test-arbitraries';
import { checkJsonSchema } from './test-json-schema';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}static/schema/tessera-assessment-v1.schema.json`, 'utf8'));
const fixture = (name: string) => JSON.parse(readFileSync(`${root}tests/fixtures/exchange/${name}`, 'utf8'));
const defs = schema.$defs;

describe('the published JSON Schema of format version 1', () => {
  it('accepts the v1 fixture', () => {
    expect(checkJsonSchema(schema, fixture('v1-full.tessera.json'))).toEqual([]);
  });

  it('refuses the fixture with a rating that does not exist', () => {
    expect(checkJsonSchema(schema, fixture('bad-rating.json'))).toEqual([
      '$.assessments[1].responses.strategy.rule.3.rating: anyOf'
    ]);
  });

  it('accepts whatever Tessera exports', () => {
    fc.assert(
      fc.property(arbitraryAssessmentList(3), (list) => {
        const envelope = JSON.parse(toJson(serializeExport(list, { appVersion: '1', now: '2026-11-23T10:00:00.000Z' })));
        expect(checkJsonSchema(schema, envelope)).toEqual([]);
      }),
      { numRuns: 40 }
    );
  });

  it('lists the same ratings, statuses, rules and actions as the app', () => {
    expect(defs.rating.enum).toEqual(ratings);
    expect(defs.ratingLevel.enum).toEqual(ratingLevels);
    expect(defs.nextStepStatus.enum).toEqual(nextStepStatuses);
    expect(defs.ruleId.enum).toEqual(parts.ruleIds);
    expect(defs.actionId.enum).toEqual(parts.actionIds);
  });

  it.each<[string, { type: string; required: string[] }, v.ObjectEntries]>([
    ['envelope', schema, envelopeV1Schema.entries],
    ['assessment', defs.assessment, parts.assessmentSchema.entries],
    ['response', defs.response, parts.responseSchema.entries],
    ['next step', defs.nextStep, parts.nextStepSchema.entries],
    ['evidence', defs.evidence, parts.evidenceSchema.entries],
    ['participant', defs.participant, parts.participantSchema.entries],
    ['action state', defs.actionState, parts.actionStateSchema.entries],
    ['parking-lot item', defs.parkingLotItem, parts.parkingLotItemSchema.entries]
  ])('requires exactly the fields of the %s', (_name, object, entries) => {
    expect([...object.required].sort()).toEqual(Object.keys(entries).sort());
    expect(object).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it.each(['', 'https://δήμος.gr/α', 'HTTP://x', 'mailto:a@b.gr', 'javascript:alert(1)', ' https://x', 'https://x\ny', 'ftp://x', 'x'])(
    'agrees with the parser on the link %j',
    (url) => {
      expect(checkJsonSchema(defs.url, url, schema).length === 0).toBe(isSafeEvidenceUrl(url));
    }
  );

  it('states the same limits as the parser', () => {
    const a = defs.assessment.properties;
    const r = defs.response.properties;
    expect(schema.properties.assessments.maxItems).toBe(limits.assessments);
    expect(a.participants.maxItems).toBe(limits.participants);
    expect(a.tags.maxItems).toBe(limits.tags);
    expect(a.parkingLot.maxItems).toBe(limits.parkingLot);
    expect(r.evidence.maxItems).toBe(limits.evidencePerRule);
    expect(r.nextSteps.maxItems).toBe(limits.nextStepsPerRule);
    expect(defs.id.maxLength).toBe(limits.idLength);
    expect(defs.name.maxLength).toBe(limits.nameLength);
    expect(defs.text.maxLength).toBe(limits.textLength);
    expect(defs.url.maxLength).toBe(limits.urlLength);
    expect(defs.timestamp.maxLength).toBe(limits.timestampLength);
    expect(defs.voteCount.maximum).toBe(limits.votesPerLevel);
    expect(defs.timestamp.pattern).toBe(v.ISO_TIMESTAMP_REGEX.source);
  });
});
