import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAssessment, arbitraryTimestamp } from '../exchange/test-arbitraries';
import type { Assessment, FieldClocks } from '../assessment/types';
import { addedOf, clocksOf, registersOf, tombstonesOf, withClocks, type ReadAssessment } from './registers';

/** The clocks written out from scratch, as withClocks did before it kept clocks that were already right. */
function rebuilt(a: ReadAssessment): FieldClocks {
  const [registers, tombstones] = [registersOf(a), tombstonesOf(a)];
  return clocksOf(registers, tombstones, addedOf(a, registers, tombstones));
}

/** One change to an assessment's clocks that leaves them wrong or incomplete. */
const damage = fc.oneof(
  fc.constant((c: FieldClocks): ReadAssessment['clocks'] => ({ ...c, changed: Object.fromEntries(Object.entries(c.changed).slice(1)) })),
  fc.constant((c: FieldClocks): ReadAssessment['clocks'] => ({ ...c, changed: { ...c.changed, 'd:nowhere': '2026-01-01T00:00:00.000Z' } })),
  // As many keys as it should have, but one of them the wrong one.
  arbitraryTimestamp().map((at) => (c: FieldClocks): ReadAssessment['clocks'] => ({
    ...c,
    changed: { ...Object.fromEntries(Object.entries(c.changed).slice(1)), 'd:nowhere': at }
  })),
  fc.constant((c: FieldClocks): ReadAssessment['clocks'] => ({ changed: c.changed, removed: c.removed })),
  fc.constant((c: FieldClocks): ReadAssessment['clocks'] => ({ ...c, added: { ...c.added, 'p:gone': '2026-01-01T00:00:00.000Z' } })),
  fc.constant((c: FieldClocks): ReadAssessment['clocks'] => ({ ...c, removed: { ...c.removed, 'x:not-an-item': '2026-01-01T00:00:00.000Z' } }))
);

describe('withClocks', () => {
  it('keeps clocks that already describe the assessment exactly, as they are', () => {
    fc.assert(
      fc.property(arbitraryAssessment(), (a: Assessment) => {
        const kept = withClocks(a);
        expect(kept.clocks).toEqual(rebuilt(a));
        expect(kept.clocks.changed).toBe(a.clocks.changed);
        expect(kept.clocks.added).toBe(a.clocks.added);
      }),
      { numRuns: 100 }
    );
  });

  it('writes them out again when one is missing, extra or different: the same clocks as from scratch', () => {
    fc.assert(
      fc.property(arbitraryAssessment(), damage, (a: Assessment, change) => {
        const odd: ReadAssessment = { ...a, clocks: change(a.clocks) };
        expect(withClocks(odd).clocks).toEqual(rebuilt(odd));
      }),
      { numRuns: 300 }
    );
  });
});
