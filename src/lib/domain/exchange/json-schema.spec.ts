import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { nextStepStatuses, ratingLevels, ratings, type Assessment } from '../assessment/types';
import * as parts from './assessment-schema';
import { createHash } from 'node:crypto';
import { allowedTypes } from '../evidence/file-types';
import { closeWorkshop } from '../history/snapshot';
import { bytesToBase64, isBase64 } from '../evidence/base64';
import { envelopeV1Schema, envelopeV2Schema, envelopeV3Schema } from './envelope-schema';
import { attachmentSchema, snapshotSchema, snapshotSchemaV3 } from './evidence-schema';
import { isSafeEvidenceUrl } from './evidence-url';
import { limits } from './limits';
import { serializeExport, toJson } from './serialize';
import { arbitraryAssessmentList } from './test-arbitraries';
import { withoutClocks } from './test-assessments';
import { checkJsonSchema } from './test-json-schema';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}static/schema/tessera-assessment-v1.schema.json`, 'utf8'));
const schemaV2 = JSON.parse(readFileSync(`${root}static/schema/tessera-assessment-v2.schema.json`, 'utf8'));
const schemaV3 = JSON.parse(readFileSync(`${root}static/schema/tessera-assessment-v3.schema.json`, 'utf8'));
const fixture = (name: string) => JSON.parse(readFileSync(`${root}tests/fixtures/exchange/${name}`, 'utf8'));
const defs = schema.$defs;

describe('the published JSON Schema of format version 1', () => {
  it('accepts the v1 fixture', () => {
    expect(checkJsonSchema(schema, fixture('v1-full.tessera.json'))).toEqual([]);
  });

  it('refuses the fixture with a rating that does not exist', () => {
    expect(checkJsonSchema(schema, fixture('bad-rating.json'))).toEqual(['$.assessments[1].responses.strategy.rule.3.rating: anyOf']);
  });

  it('lists the same ratings, statuses, rules and actions as the app', () => {
    expect(defs.rating.enum).toEqual(ratings);
    expect(defs.ratingLevel.enum).toEqual(ratingLevels);
    expect(defs.nextStepStatus.enum).toEqual(nextStepStatuses);
    expect(defs.ruleId.enum).toEqual(parts.ruleIds);
    expect(defs.actionId.enum).toEqual(parts.actionIds);
  });

  it.each<[string, { type: string; required: string[]; properties: object }, v.ObjectEntries]>([
    ['envelope', schema, envelopeV1Schema.entries],
    ['assessment', defs.assessment, parts.assessmentSchema.entries],
    ['response', defs.response, parts.responseSchema.entries],
    ['next step', defs.nextStep, parts.nextStepSchema.entries],
    ['evidence', defs.evidence, parts.evidenceSchema.entries],
    ['participant', defs.participant, parts.participantSchema.entries],
    ['action state', defs.actionState, parts.actionStateSchema.entries],
    ['parking-lot item', defs.parkingLotItem, parts.parkingLotItemSchema.entries]
  ])('requires exactly the fields of the %s', (_name, object, entries) => {
    // Optional fields came in later revisions (a response's dissent): never required.
    const required = Object.keys(entries).filter((k) => entries[k].type !== 'optional');
    expect([...object.required].sort()).toEqual(required.sort());
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

describe('the published JSON Schema of format version 2', () => {
  const defs2 = schemaV2.$defs;

  it('accepts the v2 fixture and refuses the v1 one (it must be migrated first)', () => {
    expect(checkJsonSchema(schemaV2, fixture('v2-with-attachment.tessera.json'))).toEqual([]);
    expect(checkJsonSchema(schemaV2, fixture('v1-full.tessera.json'))).toEqual(
      expect.arrayContaining(['$.formatVersion: const', '$: required attachments', '$: required snapshots'])
    );
  });

  it('accepts whatever Tessera exports, photos, files and snapshots included', () => {
    const now = '2026-11-23T10:00:00.000Z';
    fc.assert(
      fc.property(arbitraryAssessmentList(3), fc.uint8Array({ maxLength: 64 }), fc.constantFrom(...allowedTypes), (list, bytes, type) => {
        const attachments = list.map((a, i) => ({
          id: `att-${i}`,
          assessmentId: a.id,
          ruleId: 'design.rule.1' as const,
          name: `file-${i}`,
          type,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          caption: a.serviceName,
          createdAt: now,
          updatedAt: now,
          data: bytesToBase64(bytes)
        }));
        const snapshots = list.map((a, i) => closeWorkshop(a, `s-${i}`, a.organisation, now).snapshot);
        const envelope = JSON.parse(toJson(serializeExport(list, { appVersion: '1', now, attachments, snapshots })));
        expect(checkJsonSchema(schemaV3, envelope)).toEqual([]);
        // The same file as version 2 wrote it: no clocks, no revision, no minority views (revision 1).
        const { formatRevision: _r, ...v2 } = envelope;
        const asV2Assessment = (a: Assessment) => ({
          ...withoutClocks(a),
          responses: Object.fromEntries(Object.entries(a.responses).map(([id, r]) => [id, (({ dissent: _d, ...rest }) => rest)(r!)]))
        });
        const asV2 = {
          ...v2,
          formatVersion: 2,
          assessments: v2.assessments.map(asV2Assessment),
          snapshots: v2.snapshots.map((s: { assessment: Assessment }) => ({ ...s, assessment: asV2Assessment(s.assessment) }))
        };
        expect(checkJsonSchema(schemaV2, asV2)).toEqual([]);
      }),
      { numRuns: 40 }
    );
  });

  it('refuses an attachment of a type a browser would run', () => {
    const doc = fixture('v2-with-attachment.tessera.json');
    doc.attachments[0].type = 'image/svg+xml';
    expect(checkJsonSchema(schemaV2, doc)).toEqual(['$.attachments[0].type: enum']);
  });

  it('lists the same attachment types as the app', () => {
    expect(defs2.mediaType.enum).toEqual(allowedTypes);
  });

  it.each<[string, { type: string; required: string[]; properties: object }, v.ObjectEntries]>([
    ['envelope', schemaV2, envelopeV2Schema.entries],
    ['attachment', defs2.attachment, attachmentSchema.entries],
    ['snapshot', defs2.snapshot, snapshotSchema.entries],
    ['assessment', defs2.assessment, parts.assessmentSchema.entries]
  ])('requires exactly the fields of the %s', (_name, object, entries) => {
    // Optional fields came in later revisions (a response's dissent): never required.
    const required = Object.keys(entries).filter((k) => entries[k].type !== 'optional');
    expect([...object.required].sort()).toEqual(required.sort());
    expect(object).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('states the same limits as the parser', () => {
    const a = defs2.attachment.properties;
    expect(schemaV2.properties.attachments.maxItems).toBe(limits.attachments);
    expect(schemaV2.properties.snapshots.maxItems).toBe(limits.snapshots);
    expect(a.size.maximum).toBe(limits.attachmentBytes);
    expect(a.data.maxLength).toBe(limits.attachmentDataLength);
    expect(a.caption.maxLength).toBe(limits.captionLength);
    expect(a.name.maxLength).toBe(limits.nameLength);
  });

  // A schema cannot say "a multiple of 4 characters", so these all have such lengths.
  it.each(['', 'QUJD', 'QQ==', 'QUI=', 'QU=D', 'Q===', 'QUJ\n', 'QU D', '@@@@', 'QUJD-_=='])('agrees with the parser on the base64 text %j', (data) => {
    expect(checkJsonSchema(defs2.attachment.properties.data, data, schemaV2).length === 0).toBe(isBase64(data));
  });
});

describe('the published JSON Schema of format version 3', () => {
  const defs3 = schemaV3.$defs;

  it('refuses the v2 fixture (it must be migrated first) and a clock key without a known prefix', () => {
    expect(checkJsonSchema(schemaV3, fixture('v2-with-attachment.tessera.json'))).toEqual(
      expect.arrayContaining(['$.formatVersion: const', '$.assessments[0]: required clocks'])
    );
    expect(checkJsonSchema(defs3.clocks, { changed: { __proto__x: '2026-11-23T10:00:00.000Z' }, removed: {} }, schemaV3)).toEqual([
      '$.changed.__proto__x (name): pattern'
    ]);
  });

  it.each<[string, { type: string; required: string[]; properties: object }, v.ObjectEntries]>([
    ['envelope', schemaV3, envelopeV3Schema.entries],
    ['snapshot', defs3.snapshot, snapshotSchemaV3.entries],
    ['assessment', defs3.assessment, parts.assessmentSchemaV3.entries],
    ['clocks', defs3.clocks, parts.clocksSchema.entries]
  ])('requires exactly the fields the parser requires of the %s', (_name, object, entries) => {
    expect([...object.required].sort()).toEqual(
      Object.entries(entries)
        .filter(([, schema]) => schema.type !== 'optional')
        .map(([k]) => k)
        .sort()
    );
    expect(Object.keys(object.properties).sort()).toEqual(Object.keys(entries).sort());
    expect(object).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('states the same limits as the parser', () => {
    expect(defs3.registerKey.maxLength).toBe(limits.registerKeyLength);
    expect(defs3.clockRecord.maxProperties).toBe(limits.clocks);
  });
});
