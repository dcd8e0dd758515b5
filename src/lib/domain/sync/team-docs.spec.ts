import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rate } from '../assessment/edits';
import { createAssessment } from '../assessment/factory';
import type { Assessment } from '../assessment/types';
import { mergeAssessments } from './merge';
import { stampChanges } from './stamp';
import {
  assessmentDoc,
  assessmentDocId,
  attachmentDocId,
  canonical,
  fingerprint,
  isPurgeable,
  isTeamDoc,
  parseDocId,
  planIncoming,
  resolveRevisions,
  restorableUntil,
  snapshotDocId,
  versionOf
} from './team-docs';
import { divergedCopies } from './test-histories';

const at = (minute: number) => `2026-12-01T11:${String(minute).padStart(2, '0')}:00.000Z`;
const base = createAssessment({ serviceName: 'Parking permits' }, 'a-1', at(0));
const rated = (a: Assessment, rating: 'partly' | 'largely' | 'fully', minute: number) =>
  stampChanges(a, rate(a, 'strategy.rule.1', rating, at(minute)), at(minute));

describe('document ids', () => {
  it.each([
    [assessmentDocId('a-1'), { kind: 'assessment', assessmentId: 'a-1' }],
    [snapshotDocId('a-1', 's-1'), { kind: 'snapshot', assessmentId: 'a-1' }],
    [attachmentDocId('a:b', 'f-1'), { kind: 'attachment', assessmentId: 'a:b' }]
  ])('reads %s back to its kind and assessment', (id, expected) => {
    expect(parseDocId(id)).toEqual(expected);
  });

  it.each(['_design/x', 'x:1', 'a:', ''])('names nothing of ours in %j', (id) => {
    expect(parseDocId(id)).toBeNull();
  });
});

describe('isTeamDoc', () => {
  it('accepts an assessment document and refuses other shapes', () => {
    expect(isTeamDoc(assessmentDoc(base, undefined, null))).toBe(true);
    expect(isTeamDoc({ _id: 'a:1', type: 'assessment' })).toBe(false);
    expect(isTeamDoc({ _id: '_design/x', views: {} })).toBe(false);
    expect(isTeamDoc(null)).toBe(false);
  });
});

describe('fingerprint', () => {
  it('is the same for equal values and differs after an edit', () => {
    expect(fingerprint(structuredClone(base))).toBe(fingerprint(base));
    expect(fingerprint(rated(base, 'fully', 1))).not.toBe(fingerprint(base));
  });
});

describe('versionOf', () => {
  it('changes with every edit and every merge that brings something new, whatever order the clocks were written in', () => {
    fc.assert(
      fc.property(divergedCopies(2), ([x, y]) => {
        const merged = canonical(mergeAssessments(x, y));
        expect(versionOf(merged) === versionOf(canonical(x))).toBe(fingerprint(merged) === fingerprint(canonical(x)));
        const reordered = {
          ...x,
          clocks: { changed: Object.fromEntries(Object.entries(x.clocks.changed).reverse()), removed: x.clocks.removed, added: x.clocks.added }
        };
        expect(versionOf(reordered)).toBe(versionOf(x));
      }),
      { numRuns: 300 }
    );
  });
});

describe('canonical', () => {
  it('gives two devices holding the same fields the same fingerprint, whichever merged first', () => {
    fc.assert(
      fc.property(divergedCopies(2), ([x, y]) => {
        expect(fingerprint(canonical(mergeAssessments(x, y)))).toBe(fingerprint(canonical(mergeAssessments(y, x))));
        expect(canonical(canonical(x))).toEqual(canonical(x));
      }),
      { numRuns: 200 }
    );
  });
});

describe('resolveRevisions', () => {
  it('merges conflicting revisions field by field, the same in any order', () => {
    const x = rated(base, 'partly', 3);
    const y = stampChanges(base, { ...base, organisation: 'City hall' }, at(4));
    const one = resolveRevisions([assessmentDoc(x, '2-a', null), assessmentDoc(y, '2-b', null)]);
    const other = resolveRevisions([assessmentDoc(y, '2-b', null), assessmentDoc(x, '2-a', null)]);
    expect(one).toEqual(other);
    expect(one.assessment.organisation).toBe('City hall');
    expect(one.assessment.responses['strategy.rule.1']?.rating).toBe('partly');
    expect(one.deletedAt).toBeNull();
  });

  it('keeps a deletion newer than every change, and drops one an edit came after', () => {
    const edited = rated(base, 'fully', 20);
    expect(resolveRevisions([assessmentDoc(base, '2-a', at(10)), assessmentDoc(base, '2-b', null)]).deletedAt).toBe(at(10));
    expect(resolveRevisions([assessmentDoc(base, '2-a', at(10)), assessmentDoc(edited, '2-b', null)]).deletedAt).toBeNull();
  });
});

describe('planIncoming', () => {
  it('stores a new assessment as the team has it', () => {
    expect(planIncoming(undefined, { assessment: base, deletedAt: null })).toEqual({ action: 'store', assessment: canonical(base) });
  });

  it('merges the team copy with the one here', () => {
    const here = stampChanges(base, { ...base, organisation: 'City hall' }, at(4));
    const team = rated(base, 'largely', 5);
    const plan = planIncoming(here, { assessment: team, deletedAt: null });
    expect(plan).toEqual({ action: 'store', assessment: canonical(mergeAssessments(here, team)) });
  });

  it('removes the copy here when the team deleted it after the last change here', () => {
    expect(planIncoming(base, { assessment: base, deletedAt: at(10) })).toEqual({ action: 'remove' });
    expect(planIncoming(undefined, { assessment: base, deletedAt: at(10) })).toEqual({ action: 'none' });
  });

  it('keeps a copy changed here after the deletion', () => {
    const here = rated(base, 'fully', 20);
    expect(planIncoming(here, { assessment: base, deletedAt: at(10) })).toEqual({ action: 'store', assessment: canonical(mergeAssessments(here, base)) });
  });
});

describe('restoring a deleted assessment', () => {
  it('is possible for 30 days', () => {
    expect(restorableUntil('2026-12-01T10:00:00.000Z')).toBe('2026-12-31T10:00:00.000Z');
    expect(isPurgeable('2026-12-01T10:00:00.000Z', '2026-12-31T09:59:00.000Z')).toBe(false);
    expect(isPurgeable('2026-12-01T10:00:00.000Z', '2026-12-31T10:01:00.000Z')).toBe(true);
  });
});
