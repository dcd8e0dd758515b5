import { describe, expect, it } from 'vitest';
import { makeAttachment } from '../evidence/test-attachments';
import { closeWorkshop } from '../history/snapshot';
import { attachmentFate, evidenceOutcome, evidenceToImport, resolveAttachment, resolveSnapshot, snapshotFate } from './import-evidence';
import { makeAssessment, testNow } from './test-assessments';

const records = async () => ({
  attachments: [await makeAttachment({ id: 'p-1' }), await makeAttachment({ id: 'p-2', ruleId: 'design.rule.1' })],
  snapshots: [closeWorkshop(makeAssessment(), 's-1', 'First', testNow).snapshot]
});

describe('evidenceToImport', () => {
  it('imports nothing with a skipped assessment', async () => {
    expect(evidenceToImport(await records(), 'skip', 'copy', () => 'x')).toEqual({ attachments: [], snapshots: [] });
  });

  it.each(['merge', 'replace'] as const)('imports everything as it is with %s', async (choice) => {
    const r = await records();
    expect(evidenceToImport(r, choice, 'copy', () => 'x')).toBe(r);
  });

  it('gives a copy its own photos and snapshots under new ids, so the originals stay untouched', async () => {
    let n = 0;
    const r = await records();
    const out = evidenceToImport(r, 'keep-both', 'copy-1', () => `new-${++n}`);
    expect(out.attachments.map((a) => [a.id, a.assessmentId, a.ruleId])).toEqual([
      ['new-1', 'copy-1', 'strategy.rule.1'],
      ['new-2', 'copy-1', 'design.rule.1']
    ]);
    expect(out.snapshots.map((s) => [s.id, s.assessmentId, s.assessment.id])).toEqual([['new-3', 'copy-1', 'copy-1']]);
    expect(r.attachments[0].id).toBe('p-1');
  });
});

describe('resolveAttachment', () => {
  const at = (updatedAt: string, caption: string, assessmentId = 'a-1') => makeAttachment({ updatedAt, caption, assessmentId });
  const fresh = () => 'new-id';

  it('stores an attachment that is not here yet', async () => {
    const incoming = await at('2026-11-20T10:00:00.000Z', 'a');
    expect(resolveAttachment(incoming, undefined, 'merge', fresh)).toBe(incoming);
  });

  it('keeps the caption changed last when merging', async () => {
    const older = await at('2026-11-20T10:00:00.000Z', 'old');
    const newer = await at('2026-11-21T10:00:00.000Z', 'new');
    expect(resolveAttachment(newer, older, 'merge', fresh)).toBe(newer);
    expect(resolveAttachment(older, newer, 'merge', fresh)).toBeNull();
    expect(resolveAttachment(older, older, 'merge', fresh)).toBeNull();
  });

  it('takes the file’s version when replacing', async () => {
    const older = await at('2026-11-20T10:00:00.000Z', 'old');
    const newer = await at('2026-11-21T10:00:00.000Z', 'new');
    expect(resolveAttachment(older, newer, 'replace', fresh)).toBe(older);
  });

  it.each(['merge', 'replace'] as const)('never takes over another assessment’s photo, even newer and with %s: it is added under a new id', async (choice) => {
    const theirs = await at('2026-11-20T10:00:00.000Z', 'theirs', 'other');
    const incoming = await at('2026-11-25T10:00:00.000Z', 'mine', 'a-1');
    expect(resolveAttachment(incoming, theirs, choice, fresh)).toEqual({ ...incoming, id: 'new-id' });
  });
});

describe('attachmentFate', () => {
  const owned = (assessmentId: string, updatedAt: string) => ({ assessmentId, updatedAt });
  const early = '2026-11-20T10:00:00.000Z';
  const late = '2026-11-21T10:00:00.000Z';

  it.each([
    ['nothing stored', owned('a', early), undefined, 'merge', 'added'],
    ['an older one of the same assessment', owned('a', late), owned('a', early), 'merge', 'updated'],
    ['a newer one of the same assessment', owned('a', early), owned('a', late), 'merge', 'kept'],
    ['the same version', owned('a', early), owned('a', early), 'merge', 'kept'],
    ['a newer one of the same assessment, replacing', owned('a', early), owned('a', late), 'replace', 'updated'],
    ['one of another assessment', owned('a', late), owned('b', early), 'merge', 'renamed'],
    ['one of another assessment, replacing', owned('a', late), owned('b', early), 'replace', 'renamed']
  ] as const)('with %s: %s', (_, incoming, stored, choice, fate) => {
    expect(attachmentFate(incoming, stored, choice)).toBe(fate);
  });
});

describe('resolveSnapshot and snapshotFate', () => {
  const taken = (assessmentId = 'a-1', label = 'First') => {
    const { snapshot } = closeWorkshop(makeAssessment({}, assessmentId), 's-1', label, testNow);
    return snapshot;
  };
  const fresh = () => 'new-id';

  it('stores a snapshot that is not here yet', () => {
    const s = taken();
    expect(snapshotFate(s, undefined)).toBe('added');
    expect(resolveSnapshot(s, undefined, fresh)).toBe(s);
  });

  it('leaves the same snapshot alone, even with its keys in another order', () => {
    const s = taken();
    const reordered = { assessment: { ...s.assessment }, label: s.label, takenAt: s.takenAt, assessmentId: s.assessmentId, id: s.id };
    expect(snapshotFate(reordered, s)).toBe('here');
    expect(resolveSnapshot(reordered, s, fresh)).toBeNull();
  });

  it('adds a different snapshot of the same assessment under a new id: a stored snapshot never changes', () => {
    const stored = taken();
    const other = taken('a-1', 'Second');
    expect(snapshotFate(other, stored)).toBe('changed');
    expect(resolveSnapshot(other, stored, fresh)).toEqual({ ...other, id: 'new-id' });
  });

  it('adds a snapshot whose id belongs to another assessment under a new id', () => {
    const theirs = taken('other');
    const mine = taken('a-1');
    expect(snapshotFate(mine, theirs)).toBe('renamed');
    expect(resolveSnapshot(mine, theirs, fresh)).toEqual({ ...mine, id: 'new-id' });
  });
});

describe('evidenceOutcome', () => {
  it('counts what will become of each photo and snapshot', async () => {
    const mine = await makeAttachment({ id: 'p-1', assessmentId: 'a-1' });
    const clash = await makeAttachment({ id: 'p-2', assessmentId: 'a-1' });
    const { snapshot } = closeWorkshop(makeAssessment(), 's-1', 'First', testNow);
    const records = { attachments: [mine, clash], snapshots: [snapshot] };
    const stored = { attachments: new Map([['p-2', { assessmentId: 'other', updatedAt: testNow }]]), snapshots: new Map([['s-1', snapshot]]) };
    expect(evidenceOutcome(records, 'replace', stored)).toEqual({
      attachments: { added: 1, updated: 0, kept: 0, renamed: 1 },
      snapshots: { added: 0, here: 1, renamed: 0, changed: 0 }
    });
  });
});
