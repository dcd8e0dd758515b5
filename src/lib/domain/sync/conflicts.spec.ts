import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { putNextStep, rate, updateResponse } from '../assessment/edits';
import { createAssessment } from '../assessment/factory';
import type { Assessment } from '../assessment/types';
import { findConflicts, keepOtherVersion, versionIdsOf } from './conflicts';
import { mergeAssessments } from './merge';
import { registersOf } from './registers';
import { stampChanges } from './stamp';
import { divergedCopies } from './test-histories';

const at = (minute: number) => `2026-12-01T11:${String(minute).padStart(2, '0')}:00.000Z`;
const save = (a: Assessment, edit: (a: Assessment, now: string) => Assessment, now: string) => stampChanges(a, edit(a, now), now);
const shared = save(createAssessment({ serviceName: 'Κάρτα στάθμευσης' }, 'a-1', at(0)), (a, now) => rate(a, 'strategy.rule.1', 'partly', now), at(1));
/** What a device knows after exporting or importing `shared`. */
const known = new Set(versionIdsOf(shared));

describe('findConflicts', () => {
  it('finds none when each side changed a different field of the same rule', () => {
    const here = save(shared, (a, now) => updateResponse(a, 'strategy.rule.1', () => ({ note: 'Ask the desk' }), now), at(9));
    const incoming = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'largely', now), at(5));
    expect(findConflicts(here, incoming, known)).toEqual([]);
  });

  it('finds none when only the file changed a field since the last exchange', () => {
    const incoming = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), at(5));
    expect(findConflicts(shared, incoming, known)).toEqual([]);
  });

  it('reports a field both sides changed to different values, keeping the newer and offering the other', () => {
    const here = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), at(9));
    const incoming = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'largely', now), at(5));
    expect(findConflicts(here, incoming, known)).toEqual([
      {
        key: 'r:strategy.rule.1:rating',
        kept: { value: ['fully', ''], deleted: false, at: at(9) },
        other: { value: ['largely', ''], deleted: false, at: at(5) },
        keptFrom: 'here'
      }
    ]);
  });

  it('reports no conflict when both sides made the same change', () => {
    const here = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), at(9));
    const incoming = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), at(5));
    expect(findConflicts(here, incoming, known)).toEqual([]);
  });

  it('reports a next step deleted on one side and changed on the other', () => {
    const withStep = save(
      shared,
      (a, now) => putNextStep(a, 'strategy.rule.1', { id: 's', text: 'Call', owner: '', due: '', status: 'open', updatedAt: now }, 's', now),
      at(2)
    );
    const base = new Set(versionIdsOf(withStep));
    const here = save(withStep, (a, now) => putNextStep(a, 'strategy.rule.1', null, 's', now), at(7));
    const incoming = save(withStep, (a, now) => putNextStep(a, 'strategy.rule.1', { status: 'done' }, 's', now), at(6));
    const [conflict] = findConflicts(here, incoming, base);
    expect(conflict).toMatchObject({ key: 'r:strategy.rule.1:step:s', kept: { deleted: true }, other: { deleted: false, value: ['Call', '', '', 'done'] } });
    const restored = keepOtherVersion(mergeAssessments(here, incoming), conflict, at(20));
    expect(restored.responses['strategy.rule.1']?.nextSteps).toMatchObject([{ id: 's', status: 'done', updatedAt: at(20) }]);
  });

  it('with no record of an exchange, reports every field both sides hold differently', () => {
    const here = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), at(9));
    const incoming = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'largely', now), at(5));
    expect(findConflicts(here, incoming, new Set()).map((c) => c.key)).toEqual(['r:strategy.rule.1:rating']);
  });
});

describe('keepOtherVersion', () => {
  it('makes the other value current, and it then wins a later merge with the copy that had the newer one', () => {
    const here = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'fully', now), at(9));
    const incoming = save(shared, (a, now) => rate(a, 'strategy.rule.1', 'largely', now), at(5));
    const merged = mergeAssessments(here, incoming);
    const [conflict] = findConflicts(here, incoming, known);
    const chosen = keepOtherVersion(merged, conflict, at(30));
    expect(chosen.responses['strategy.rule.1']?.rating).toBe('largely');
    expect(mergeAssessments(chosen, here).responses['strategy.rule.1']?.rating).toBe('largely');
  });

  it('for any two edit histories, the merge holds each conflict’s kept value, and choosing the other puts exactly that value in place', () => {
    fc.assert(
      fc.property(divergedCopies(2), ([a, b]) => {
        const merged = mergeAssessments(a, b);
        const valueIn = (x: Assessment, key: string) => registersOf(x).get(key)?.value ?? null;
        for (const c of findConflicts(a, b, new Set())) {
          expect(valueIn(merged, c.key)).toEqual(c.kept.value);
          expect(valueIn(keepOtherVersion(merged, c, at(59)), c.key)).toEqual(c.other.value);
        }
      }),
      { numRuns: 300 }
    );
  });
});
