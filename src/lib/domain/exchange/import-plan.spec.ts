import { describe, expect, it } from 'vitest';
import { rate, updateResponse } from '../assessment/edits';
import { stampChanges } from '../sync/stamp';
import { versionIdsOf } from '../sync/conflicts';
import { applyChoice, planImport } from './import-plan';
import { mergeAssessments } from '../sync/merge';
import { makeAssessment, testNow } from './test-assessments';
import type { Assessment } from '../assessment/types';

const save = (a: Assessment, edit: (a: Assessment, now: string) => Assessment, now: string) => stampChanges(a, edit(a, now), now);
const stored = makeAssessment();
const newer = save(stored, (a, now) => rate(a, 'operation.rule.1', 'fully', now), '2026-11-22T10:00:00.000Z');
/** A copy that is behind this device: this device has since made an edit the copy lacks. */
const behind = stored;
const ahead = save(stored, (a, now) => updateResponse(a, 'strategy.rule.1', () => ({ note: 'Ask the desk' }), now), '2026-11-22T11:00:00.000Z');

describe('planImport', () => {
  it('compares each incoming assessment with the stored one of the same id, field by field', () => {
    const fresh = makeAssessment({}, 'a-new');
    const plan = planImport([fresh, { ...ahead }, newer, behind], [ahead], () => new Set(versionIdsOf(stored)));
    expect(plan.map((p) => p.status)).toEqual(['new', 'same', 'newer', 'older']);
    expect(plan[0].existing).toBeUndefined();
    expect(plan[2]).toEqual({ assessment: newer, status: 'newer', existing: ahead, conflicts: [], removes: 0 });
  });

  it('finds a difference where both copies carry the same last change but different content', () => {
    const twin = { ...ahead, serviceName: 'Other name', clocks: ahead.clocks };
    expect(planImport([twin], [ahead])[0].status).not.toBe('same');
  });

  it('counts the items a merge would remove because the file deleted them', () => {
    const deleted = save(stored, (a) => ({ ...a, parkingLot: [], tags: ['δήμος'] }), '2026-11-22T13:00:00.000Z');
    expect(planImport([deleted], [stored])[0].removes).toBe(2);
  });

  it('counts the fields both sides changed since they were last exchanged as conflicts', () => {
    const known = new Set(versionIdsOf(stored));
    const here = save(stored, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), '2026-11-22T12:00:00.000Z');
    const file = save(stored, (a, now) => rate(a, 'strategy.rule.1', 'partly', now), '2026-11-22T09:00:00.000Z');
    const [item] = planImport([file], [here], () => known);
    expect(item.conflicts.map((c) => c.key)).toEqual(['r:strategy.rule.1:rating']);
  });
});

describe('applyChoice', () => {
  it('stores nothing when skipped', () => {
    expect(applyChoice(newer, stored, 'skip', 'x', testNow)).toBeNull();
  });

  it('stores the incoming assessment as it is when replacing', () => {
    expect(applyChoice(behind, ahead, 'replace', 'x', testNow)).toEqual(behind);
  });

  it('keeps both by storing the incoming one under a new id, name unchanged', () => {
    const copy = applyChoice(newer, stored, 'keep-both', 'a-copy', testNow);
    expect(copy).toEqual({ ...newer, id: 'a-copy', updatedAt: testNow });
  });

  it('merges the two versions', () => {
    expect(applyChoice(newer, stored, 'merge', 'x', testNow)).toEqual(mergeAssessments(stored, newer));
  });

  it('merges with nothing stored by taking the incoming one', () => {
    expect(applyChoice(newer, undefined, 'merge', 'x', testNow)).toEqual(newer);
  });
});
