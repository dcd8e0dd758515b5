import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '$lib/domain/assessment/types';
import { summarize } from '$lib/domain/assessment/summary';
import type { Snapshot } from '$lib/domain/history/snapshot';
import { withClocks } from '$lib/domain/sync/registers';
import { TesseraDb, useDb } from './db';
import { assessments } from './assessments-repository';
import { attachments } from './attachments-repository';
import { snapshots } from './snapshots-repository';
import { createFixtureDb, encodeBlobs, type DbFixture } from './test-fixture-db';
import { LISTINGS_STAMP_KEY } from './listings';
import { ALL, TEAM_CHANGES } from './team/team-changes';
import type { Table } from 'dexie';
import { listingsStamp } from '$lib/domain/assessment/summary';

const fixtureDir = new URL('../../../tests/fixtures/db/', import.meta.url);
const loadFixture = (file: string): DbFixture => JSON.parse(readFileSync(new URL(file, fixtureDir), 'utf8'));

/** The fixture's rows with what the v4 upgrade adds: every field's clock, in assessments and snapshots. */
function withFieldClocks(rows: Record<string, unknown[]>): Record<string, unknown[]> {
  return {
    ...rows,
    assessments: ((rows.assessments ?? []) as Assessment[]).map(withClocks),
    snapshots: ((rows.snapshots ?? []) as Snapshot[]).map((s) => ({ ...s, assessment: withClocks(s.assessment) }))
  };
}

/**
 * The rows with the summaries today's summarize() computes: no fixture stores the listings stamp
 * of today, so opening computes every summary again (listings.ts), whatever the fixture held.
 */
const withTodaysListings = (rows: Record<string, unknown[]>): Record<string, unknown[]> => ({
  ...rows,
  listings: ((rows.assessments ?? []) as Assessment[]).map(summarize)
});

/**
 * One row per schema version ever shipped: the fixture holds a database as that version stored
 * it, `expected` what the current schema must read from it, table by table. A new schema version
 * adds its fixture and a row here; a version whose upgrade reshapes data maps the rows accordingly.
 * Before v3 there were no summaries (its upgrade derives them); before v4, no field clocks.
 */
const cases: { file: string; expected: (fixture: DbFixture) => Record<string, unknown[]> }[] = [
  { file: 'v1.json', expected: (fixture) => withFieldClocks(withTodaysListings(fixture.rows)) },
  { file: 'v2.json', expected: (fixture) => withFieldClocks(withTodaysListings(fixture.rows)) },
  { file: 'v3.json', expected: (fixture) => withFieldClocks(withTodaysListings(fixture.rows)) },
  { file: 'v4.json', expected: (fixture) => withFieldClocks(withTodaysListings(fixture.rows)) },
  { file: 'v5.json', expected: (fixture) => withFieldClocks(withTodaysListings(fixture.rows)) },
  { file: 'v6.json', expected: (fixture) => withTodaysListings(fixture.rows) }
];

/**
 * The markers of the team change log, tokens aside (they are random). Before v6 the log did not
 * exist: the upgrade marks everything to be read once, and each assessment it rewrote.
 */
function markersAfter(fixture: DbFixture, rows: Record<string, unknown[]>) {
  if (fixture.version >= 6) return (rows.teamChanges ?? []).map((m) => ({ id: (m as { id: string }).id }));
  const rewritten = [...((rows.assessments ?? []) as Assessment[]).map((a) => a.id), ...((rows.snapshots ?? []) as Snapshot[]).map((s) => s.assessmentId)];
  return [...new Set([ALL, ...rewritten])].map((id) => ({ id }));
}

let n = 0;
const byKey = (rows: unknown[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Every table of the database, rows in a stable order, Blobs written as in the fixtures. */
async function readAllTables(db: TesseraDb): Promise<Record<string, unknown[]>> {
  // A marker's token is random: what counts is which assessments are marked.
  const rowsOf = async (t: Table) => (t.name === TEAM_CHANGES ? (await t.toArray()).map(({ id }) => ({ id })) : t.toArray());
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, byKey((await encodeBlobs(await rowsOf(t))) as unknown[])] as const));
  return Object.fromEntries(entries);
}

/** The expected rows for every table the database has (empty when not mentioned), plus any table the fixture has that the database lost. */
const sortedTables = (want: Record<string, unknown[]>, db: TesseraDb) =>
  Object.fromEntries([...new Set([...db.tables.map((t) => t.name), ...Object.keys(want)])].map((t) => [t, byKey(want[t] ?? [])]));

// Dexie keeps its versions private; this reads them to check the rule that each ships an upgrade.
const versionsOf = (db: TesseraDb) => (db as unknown as { _versions: { _cfg: { version: number; contentUpgrade: unknown } }[] })._versions.map((v) => v._cfg);

describe('opening a database left by an earlier schema version', () => {
  it.each(cases)('keeps every row of $file', async ({ file, expected }) => {
    const fixture = loadFixture(file);
    const name = `fixture-${file}-${++n}`;
    await createFixtureDb(name, fixture);

    const db = new TesseraDb(name);
    await db.open();
    const upgraded = expected(fixture);
    const rows: Record<string, unknown[]> = { ...upgraded, teamChanges: markersAfter(fixture, upgraded) };
    // Opening stamps the summaries with what computed them (listings.ts), whatever the version.
    const want: Record<string, unknown[]> = { ...rows, meta: [...(rows.meta ?? []), { key: LISTINGS_STAMP_KEY, value: listingsStamp }] };
    expect(await readAllTables(db)).toEqual(sortedTables(want, db));

    // The indexes the app queries work on the upgraded data.
    useDb(db);
    const wantAssessments = (want.assessments ?? []) as Assessment[];
    const listed = await assessments.list();
    expect(listed.map((a) => a.id)).toEqual([...wantAssessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((a) => a.id));
    const ids = wantAssessments.map((a) => a.id);
    const wantIds = (table: string) => (want[table] ?? []).map((row) => (row as { id: string }).id).sort();
    expect((await attachments.listFor(ids)).map((a) => a.id).sort()).toEqual(wantIds('attachments'));
    expect((await snapshots.listFor(ids)).map((s) => s.id).sort()).toEqual(wantIds('snapshots'));
    expect((await assessments.summaries()).map((s) => s.id)).toEqual(listed.map((a) => a.id));
    db.close();
  });

  it('notices an upgrade that loses data (the harness can fail)', async () => {
    const fixture = loadFixture('v1.json');
    const name = `lossy-${++n}`;
    await createFixtureDb(name, fixture);
    class LossyDb extends TesseraDb {
      constructor() {
        super(name);
        this.version(99)
          .stores({})
          .upgrade((tx) => tx.table('meta').clear());
      }
    }
    const db = new LossyDb();
    await db.open();
    expect(await readAllTables(db)).not.toEqual(sortedTables(fixture.rows, db));
    db.close();
  });

  it('has a fixture for every schema version the app declares', () => {
    const files = readdirSync(fixtureDir).filter((f) => /^v\d+\.json$/.test(f));
    const declared = versionsOf(new TesseraDb('versions')).map((v) => `v${v.version}.json`);
    expect(files.sort()).toEqual(expect.arrayContaining(declared));
    expect(cases.map((c) => c.file).sort()).toEqual(files.sort());
  });

  it('ships an upgrade function with every schema version after the first', () => {
    const later = versionsOf(new TesseraDb('versions')).filter((v) => v.version > 1);
    for (const v of later) expect(v.contentUpgrade, `version ${v.version}`).toBeTypeOf('function');
  });
});
