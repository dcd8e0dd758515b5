import { describe, expect, it } from 'vitest';
import { makeAttachment } from '../evidence/test-attachments';
import { closeWorkshop } from '../history/snapshot';
import { evidenceToImport, resolveAttachment, resolveSnapshot } from './import-evidence';
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
  const at = (updatedAt: string, caption: string) => makeAttachment({ updatedAt, caption });

  it('stores an attachment that is not here yet', async () => {
    const incoming = await at('2026-11-20T10:00:00.000Z', 'a');
    expect(resolveAttachment(incoming, undefined, 'merge')).toBe(incoming);
  });

  it('keeps the caption changed last when merging', async () => {
    const older = await at('2026-11-20T10:00:00.000Z', 'old');
    const newer = await at('2026-11-21T10:00:00.000Z', 'new');
    expect(resolveAttachment(newer, older, 'merge')).toBe(newer);
    expect(resolveAttachment(older, newer, 'merge')).toBeNull();
    expect(resolveAttachment(older, older, 'merge')).toBeNull();
  });

  it('takes the file’s version when replacing', async () => {
    const older = await at('2026-11-20T10:00:00.000Z', 'old');
    const newer = await at('2026-11-21T10:00:00.000Z', 'new');
    expect(resolveAttachment(older, newer, 'replace')).toBe(older);
  });
});

describe('resolveSnapshot', () => {
  it('never rewrites a stored snapshot unless replacing', () => {
    const { snapshot } = closeWorkshop(makeAssessment(), 's-1', 'First', testNow);
    expect(resolveSnapshot(snapshot, undefined, 'merge')).toBe(snapshot);
    expect(resolveSnapshot(snapshot, snapshot, 'merge')).toBeNull();
    expect(resolveSnapshot(snapshot, snapshot, 'replace')).toBe(snapshot);
  });
});
