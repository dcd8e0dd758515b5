import { beforeEach, describe, expect, it } from 'vitest';
import { rate } from '$lib/domain/assessment/edits';
import { createAssessment } from '$lib/domain/assessment/factory';
import type { Assessment } from '$lib/domain/assessment/types';
import { versionIdsOf } from '$lib/domain/sync/conflicts';
import { TesseraDb, useDb } from '../db';
import { applyIncoming } from './team-pull';

let db: TesseraDb;
let n = 0;
const newDb = () => {
  db = new TesseraDb(`team-pull-test-${++n}`);
  useDb(db);
};
beforeEach(newDb);

/** An assessment as the team's changes feed brings it. */
const fromTeam = (a: Assessment, rev: string, deletedAt: string | null = null) => ({
  id: `a:${a.id}`,
  rev,
  doc: { _id: `a:${a.id}`, type: 'assessment' as const, assessment: a, deletedAt },
  resolved: { assessment: a, deletedAt },
  losers: []
});
/** A purge: CouchDB no longer has the document. */
const purged = (id: string, rev: string) => ({ id: `a:${id}`, rev, doc: null, losers: [] });

const now = '2026-12-05T09:00:00.000Z';
const first = createAssessment({ serviceName: 'Parking permits' }, 'p', '2026-12-01T09:00:00.000Z');
const rated = rate(first, 'strategy.rule.1', 'fully', '2026-12-01T10:00:00.000Z');
const rerated = rate(rated, 'strategy.rule.1', 'partly', '2026-12-01T11:00:00.000Z');
const other = createAssessment({ serviceName: 'Library cards' }, 'l', '2026-12-01T09:30:00.000Z');

/** What the device remembers as exchanged, by assessment. */
const remembered = async () => Object.fromEntries((await db.exchanged.toArray()).map((row) => [row.id, [...row.versions].sort()]));

describe('a batch from the team', () => {
  it('remembers what was exchanged as if each item had been applied in turn, the same assessment twice included', async () => {
    const batch = [fromTeam(rated, '1-a'), fromTeam(other, '1-b'), fromTeam(rerated, '2-a')];
    await applyIncoming(batch, now);
    const together = await remembered();

    newDb();
    for (const item of batch) await applyIncoming([item], now);
    expect(together).toEqual(await remembered());
    // Both ratings' versions are known: neither is taken for a conflict later.
    expect(together.p).toEqual(expect.arrayContaining([...versionIdsOf(rated), ...versionIdsOf(rerated)]));
    expect(versionIdsOf(rerated).filter((id) => !versionIdsOf(rated).includes(id))).not.toEqual([]);
  });

  it('forgets what was exchanged for an assessment purged later in the same batch', async () => {
    await applyIncoming([fromTeam(first, '1-a'), fromTeam(other, '1-b'), purged('p', '2-a')], now);
    expect(Object.keys(await remembered())).toEqual(['l']);
    expect(await db.assessments.get('p')).toBeUndefined();
  });
});
