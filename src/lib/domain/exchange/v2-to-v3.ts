import type { FormatMigration, RawDocument } from './migrations';

const isRecord = (x: unknown): x is RawDocument => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An assessment with empty clocks added, if it is an object without any; anything else as it is. */
const withEmptyClocks = (a: unknown) => (isRecord(a) && !('clocks' in a) ? { ...a, clocks: { changed: {}, removed: {} } } : a);

/**
 * Format 2 → 3: version 3 adds per-field clocks and tombstones (`clocks`) to every assessment,
 * snapshots' included. A version 2 file has no deletions to record, and its clocks start empty
 * here: once the file is validated, every field missing a clock takes the time its part recorded
 * (its response's `updatedAt`, a next step's, an action's, a parking item's creation, the
 * assessment's last change for details, people and tags: `withClocks` in domain/sync). A key
 * already there is left as it is, so validation reports it rather than the migration hiding it.
 */
export const v2ToV3: FormatMigration = {
  from: 2,
  to: 3,
  migrate: (doc) => ({
    ...doc,
    assessments: Array.isArray(doc.assessments) ? doc.assessments.map(withEmptyClocks) : doc.assessments,
    snapshots: Array.isArray(doc.snapshots) ? doc.snapshots.map((s) => (isRecord(s) ? { ...s, assessment: withEmptyClocks(s.assessment) } : s)) : doc.snapshots
  })
};
