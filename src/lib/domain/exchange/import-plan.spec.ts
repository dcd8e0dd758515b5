import { describe, expect, it } from 'vitest';
import { rate } from '../assessment/edits';
import { applyChoice, planImport } from './import-plan';
import { mergeAssessments } from './merge';
import { makeAssessment, testNow } from './test-assessments';

const stored = makeAssessment();
const newer = rate(stored, 'operation.rule.1', 'fully', '2026-11-22T10:00:00.000Z');
const older = { ...stored, updatedAt: '2026-11-19T10:00:00.000Z' };

describe('planImport', () => {
  it('compares each incoming assessment with the stored one of the same id', () => {
    const fresh = makeAssessment({}, 'a-new');
    const plan = planImport([fresh, { ...stored }, newer, older], [stored]);
    expect(plan.map((p) => p.status)).toEqual(['new', 'same', 'newer', 'older']);
    expect(plan[0].existing).toBeUndefined();
    expect(plan[2]).toEqual({ assessment: newer, status: 'newer', existing: stored });
  });

  it('treats the same instant written in another offset as the same', () => {
    const shifted = { ...stored, updatedAt: stored.updatedAt.replace('.000Z', '+00:00') };
    expect(planImport([shifted], [stored])[0].status).toBe('same');
  });
});

describe('applyChoice', () => {
  it('stores nothing when skipped', () => {
    expect(applyChoice(newer, stored, 'skip', 'x', testNow)).toBeNull();
  });

  it('stores the incoming assessment as it is when replacing', () => {
    expect(applyChoice(older, stored, 'replace', 'x', testNow)).toEqual(older);
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
