import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCouchStandIn, type CouchStandIn } from '../../../../tests/tools/couchdb-standin.mjs';
import { rate } from '$lib/domain/assessment/edits';
import { createAssessment } from '$lib/domain/assessment/factory';
import type { Assessment } from '$lib/domain/assessment/types';
import { makeAttachment, testBytes } from '$lib/domain/evidence/test-attachments';
import { stampChanges } from '$lib/domain/sync/stamp';
import { fingerprint } from '$lib/domain/sync/team-docs';
import { assessments } from '../assessments-repository';
import { attachments } from '../attachments-repository';
import { getDb } from '../db';
import { snapshots } from '../snapshots-repository';
import { CouchClient, TeamServerError, type Fetch } from './couch-client';
import { syncWithTeam } from './team-sync';
import { countWaiting, findWaiting, settleMarkers } from './team-waiting';
import { ALL } from './team-changes';
import { teamSettings } from './team-settings';
import { restoreFromTeam, watchDeletedInTeam } from './team-restore';
import { fetchWithCookies, makeDevice, type TestDevice } from './test-devices';

let couch: CouchStandIn;
let team = 0;
let dbUrl: string;

beforeAll(async () => {
  couch = await startCouchStandIn();
});
afterAll(() => couch.close());
beforeEach(async () => {
  dbUrl = `${couch.url}/team-${++team}`;
  await couch.createTeam(`team-${team}`, { maria: 'maria-pw', nikos: 'nikos-pw', ana: 'ana-pw' });
});

/** The first value a live query emits. */
const next = <T>(observable: { subscribe(o: { next(v: T): void; error(e: unknown): void }): { unsubscribe(): void } }) =>
  new Promise<T>((resolve, reject) => {
    const sub = observable.subscribe({
      next: (value) => {
        resolve(value);
        queueMicrotask(() => sub.unsubscribe());
      },
      error: reject
    });
  });

let minute = 0;
/** A clock that moves one minute per reading, so every edit is later than the one before. */
const tick = () => new Date(Date.UTC(2026, 11, 1, 9, ++minute)).toISOString();

/** A device signed in to the team database with Team space on. */
async function device(user: string): Promise<TestDevice> {
  const d = makeDevice(dbUrl);
  d.use();
  await d.client.signIn(user, `${user}-pw`);
  await teamSettings.enable({ url: dbUrl, user });
  return d;
}

async function sync(d: TestDevice) {
  d.use();
  return syncWithTeam(d.client, tick);
}

async function edit(d: TestDevice, id: string, change: (a: Assessment, now: string) => Assessment) {
  d.use();
  const now = tick();
  await assessments.update(id, (a) => stampChanges(a, change(a, now), now));
}

const everything = async (d: TestDevice) => {
  d.use();
  return (await assessments.list()).sort((a, b) => a.id.localeCompare(b.id));
};

describe('the change log: a sync reads what changed, not everything', () => {
  const marked = async () => (await getDb().teamChanges.toArray()).map((m) => m.id).sort();

  it('marks an edited assessment, sends it, and is empty once the team has it', async () => {
    const a = await device('maria');
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'p', tick()));
    await assessments.create(createAssessment({ serviceName: 'Library cards' }, 'l', tick()));
    await sync(a);
    expect(await marked()).toEqual([]);
    await edit(a, 'p', (x, now) => rate(x, 'strategy.rule.1', 'fully', now));
    expect(await marked()).toEqual(['p']);
    const waiting = await findWaiting();
    expect([waiting.everything, waiting.assessments.map((w) => w.assessment.id)]).toEqual([false, ['p']]);
    expect((await sync(a)).pushed).toBe(1);
    expect(await marked()).toEqual([]);
    expect(await countWaiting()).toBe(0);
  });

  it('marks the assessment of a photo added or removed, and of a snapshot', async () => {
    const a = await device('maria');
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'p', tick()));
    await sync(a);
    await attachments.add(await makeAttachment({ id: 'photo', assessmentId: 'p' }));
    expect(await marked()).toEqual(['p']);
    await sync(a);
    await attachments.remove('photo');
    expect(await marked()).toEqual(['p']);
    expect(await countWaiting()).toBe(1);
    await sync(a);
    expect(await countWaiting()).toBe(0);
  });

  it('keeps the marker of an edit made while a sync was reading', async () => {
    const a = await device('maria');
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'p', tick()));
    await sync(a);
    await edit(a, 'p', (x, now) => rate(x, 'strategy.rule.1', 'fully', now));
    const read = await findWaiting();
    await edit(a, 'p', (x, now) => rate(x, 'strategy.rule.1', 'partly', now));
    // The sync that read the first edit pushes it; the marker the second edit rewrote stays.
    await settleMarkers({ ...read, assessments: [] });
    expect(await marked()).toEqual(['p']);
    await sync(a);
    expect((await couch.admin('GET', `/team-${team}/a:p`)).assessment.responses['strategy.rule.1'].rating).toBe('partly');
  });

  it('reads everything once where it cannot tell what changed: before its first marker, or after a range was deleted', async () => {
    const a = await device('maria');
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'p', tick()));
    await sync(a);
    // A change the log never saw (made before it existed), then the upgrade's "read everything".
    await edit(a, 'p', (x, now) => rate(x, 'strategy.rule.1', 'fully', now));
    await getDb().teamChanges.clear();
    expect(await countWaiting()).toBe(0);
    await getDb().teamChanges.put({ id: ALL, token: 'upgrade' });
    expect(await countWaiting()).toBe(1);
    await sync(a);
    expect(await marked()).toEqual([]);
    expect(await countWaiting()).toBe(0);
    // Forgetting what was synced deletes a range of rows: the log cannot say which, so everything.
    await getDb().teamDocs.where('id').startsWith('a:').delete();
    expect(await marked()).toEqual([ALL]);
    expect(await countWaiting()).toBe(1);
  });
});

describe('signing in', () => {
  it('tells a wrong password, a user who is not a member, a missing session and an unreachable server apart', async () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (err: TeamServerError) => err.code
      );
    const client = new CouchClient(dbUrl, fetchWithCookies());
    expect(await codeOf(client.check())).toBe('signed-out');
    expect(await codeOf(client.signIn('maria', 'wrong'))).toBe('wrong-password');
    await couch.createUser('stranger', 'stranger-pw');
    const stranger = new CouchClient(dbUrl, fetchWithCookies());
    await stranger.signIn('stranger', 'stranger-pw');
    expect(await codeOf(stranger.check())).toBe('forbidden');
    await client.signIn('maria', 'maria-pw');
    expect(await codeOf(client.check())).toBe('ok');
    await client.signOut();
    expect(await codeOf(client.check())).toBe('signed-out');
    expect(await codeOf(new CouchClient('http://127.0.0.1:9/team').check())).toBe('unreachable');
  });

  it('says "no permission", not "signed out", when a member is taken off the team between two syncs', async () => {
    const d = await device('maria');
    await syncWithTeam(d.client, tick);
    await couch.admin('PUT', `/team-${team}/_security`, { admins: { names: [], roles: [] }, members: { names: ['nikos'], roles: [] } });
    await expect(syncWithTeam(d.client, tick)).rejects.toMatchObject({ code: 'forbidden' });
    await d.client.signOut();
    await expect(syncWithTeam(d.client, tick)).rejects.toMatchObject({ code: 'signed-out' });
  });
});

describe('syncing with the team database', () => {
  it('brings three devices that edited offline to the same assessments, one conflict to review', async () => {
    const [a, b, c] = [await device('maria'), await device('nikos'), await device('ana')];
    a.use();
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'shared', tick()));
    await sync(a);
    await sync(b);
    await sync(c);
    // Offline, each changes something; two change the same rating.
    await edit(a, 'shared', (x, now) => rate(x, 'strategy.rule.1', 'partly', now));
    await edit(b, 'shared', (x) => ({ ...x, organisation: 'City hall' }));
    await edit(c, 'shared', (x, now) => rate(x, 'strategy.rule.1', 'fully', now));
    c.use();
    await assessments.create(createAssessment({ serviceName: 'Library cards' }, 'only-c', tick()));
    for (const d of [a, b, c, a, b]) await sync(d);
    const [ea, eb, ec] = [await everything(a), await everything(b), await everything(c)];
    expect(ea.map((x) => x.id)).toEqual(['only-c', 'shared']);
    expect(eb).toEqual(ea);
    expect(ec).toEqual(ea);
    const shared = ea.find((x) => x.id === 'shared')!;
    expect(shared.organisation).toBe('City hall');
    expect(shared.responses['strategy.rule.1']?.rating).toBe('fully');
    // The device whose newer rating met the older one recorded the conflict for a person to settle.
    c.use();
    const conflicts = await getDb().conflicts.toArray();
    expect(conflicts.map((x) => [x.key, x.other.value])).toEqual([['r:strategy.rule.1:rating', ['partly', '']]]);
    for (const d of [a, b, c]) {
      d.use();
      expect(await countWaiting()).toBe(0);
    }
  });

  it('merges a push that another device beat to the server (409) instead of overwriting it', async () => {
    const [a, b] = [await device('maria'), await device('nikos')];
    a.use();
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'x', tick()));
    await sync(a);
    await sync(b);
    await edit(a, 'x', (x, now) => rate(x, 'design.rule.1', 'largely', now));
    await edit(b, 'x', (x) => ({ ...x, description: 'Permits for residents' }));
    await sync(a);
    const report = await sync(b);
    expect(report.pushed).toBeGreaterThan(0);
    const inTeam = await couch.admin('GET', `/team-${team}/a:x`);
    expect(inTeam.assessment.description).toBe('Permits for residents');
    expect(inTeam.assessment.responses['design.rule.1'].rating).toBe('largely');
  });

  it('merges revisions CouchDB keeps in conflict, writes the result and deletes the losing ones', async () => {
    const a = await device('maria');
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'x', tick()));
    await sync(a);
    const winner = await couch.admin('GET', `/team-${team}/a:x`);
    const now = tick();
    const other = stampChanges(winner.assessment, { ...winner.assessment, organisation: 'Region' }, now);
    // Another replica's edit of the same revision, as replication would bring it.
    await couch.admin('POST', `/team-${team}/_bulk_docs`, {
      new_edits: false,
      docs: [{ ...winner, _rev: '2-ffffffffffffffffffffffffffffffff', assessment: other }]
    });
    const b = await device('nikos');
    await sync(b);
    const after = await couch.admin('GET', `/team-${team}/a:x?conflicts=true`);
    expect(after._conflicts).toBeUndefined();
    expect(after.assessment.organisation).toBe('Region');
    b.use();
    expect((await assessments.get('x'))?.organisation).toBe('Region');
  });

  it('sends photos with their SHA-256 and snapshots as their own documents', async () => {
    const a = await device('maria');
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'a-1', tick()));
    const bytes = testBytes(3000, 7);
    await attachments.add(await makeAttachment({ id: 'photo' }, bytes));
    await snapshots.closeWorkshop('a-1', 'snap', 'Workshop', tick());
    await sync(a);
    const doc = await couch.admin('GET', `/team-${team}/f:a-1:photo`);
    expect(doc.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc._attachments.file.content_type).toBe('image/png');
    const b = await device('nikos');
    await sync(b);
    b.use();
    const photo = await attachments.get('photo');
    expect(new Uint8Array(await photo!.blob.arrayBuffer())).toEqual(bytes);
    expect((await snapshots.get('snap'))?.label).toBe('Workshop');
    // A caption changed on one device reaches the other without sending the bytes again.
    await attachments.setCaption('photo', 'Wall 2', tick());
    await sync(b);
    await sync(a);
    a.use();
    expect((await attachments.get('photo'))?.caption).toBe('Wall 2');
  });

  it('deletes in the team an assessment deleted on one device, and keeps it there to restore', async () => {
    const [a, b] = [await device('maria'), await device('nikos')];
    a.use();
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'gone', tick()));
    await attachments.add(await makeAttachment({ id: 'photo', assessmentId: 'gone' }));
    await sync(a);
    await sync(b);
    a.use();
    await assessments.remove('gone');
    expect(await countWaiting()).toBe(1);
    await sync(a);
    expect(await countWaiting()).toBe(0);
    await sync(b);
    b.use();
    expect(await assessments.get('gone')).toBeUndefined();
    expect(await attachments.get('photo')).toBeUndefined();
    const inTeam = await couch.admin('GET', `/team-${team}/a:gone`);
    expect(inTeam.deletedAt).toEqual(expect.any(String));
    expect(inTeam.assessment.serviceName).toBe('Parking permits');

    // Listed for a restore on both devices, for 30 days; restored on the second, it is back on the first.
    const listed = await next(watchDeletedInTeam(tick));
    expect(listed).toEqual([{ assessmentId: 'gone', serviceName: 'Parking permits', deletedAt: inTeam.deletedAt, until: expect.any(String) }]);
    await restoreFromTeam(b.client, 'gone', tick());
    expect(await next(watchDeletedInTeam(tick))).toEqual([]);
    await sync(b);
    await sync(a);
    a.use();
    expect((await assessments.get('gone'))?.serviceName).toBe('Parking permits');
    expect(await attachments.get('photo')).toBeDefined();
    expect((await couch.admin('GET', `/team-${team}/a:gone`)).deletedAt).toBeNull();
  });

  it('purges an assessment deleted more than 30 days ago, with its photos, so it can no longer be restored', async () => {
    const [a, b] = [await device('maria'), await device('nikos')];
    a.use();
    await assessments.create(createAssessment({ serviceName: 'Parking permits' }, 'old', tick()));
    await attachments.add(await makeAttachment({ id: 'photo', assessmentId: 'old' }));
    await sync(a);
    await sync(b);
    a.use();
    await assessments.remove('old');
    await sync(a);
    const inTeam = await couch.admin('GET', `/team-${team}/a:old`);
    expect(inTeam.deletedAt).toEqual(expect.any(String));
    // Thirty-one days later, the other device syncs.
    b.use();
    await syncWithTeam(b.client, () => new Date(Date.parse(inTeam.deletedAt) + 31 * 24 * 3600 * 1000).toISOString());
    await expect(couch.admin('GET', `/team-${team}/a:old`)).rejects.toThrow(/404/);
    await expect(couch.admin('GET', `/team-${team}/f:old:photo`)).rejects.toThrow(/404/);
    expect(await getDb().teamDocs.count()).toBe(0);
  });

  it('resumes an interrupted first pull where it stopped, losing and repeating nothing', async () => {
    const a = await device('maria');
    const now = tick();
    await getDb().assessments.bulkPut(Array.from({ length: 450 }, (_, i) => createAssessment({ serviceName: `Service ${i}` }, `s-${i}`, now)));
    await sync(a);
    // The second device's network drops after its second batch of changes.
    let changesCalls = 0;
    const cookies = fetchWithCookies();
    const flaky: Fetch = (input, init) => {
      if (input.includes('/_changes') && ++changesCalls === 3) return Promise.reject(new TypeError('network down'));
      return cookies(input, init);
    };
    const b = makeDevice(dbUrl);
    b.use();
    const client = new CouchClient(dbUrl, flaky);
    await client.signIn('nikos', 'nikos-pw');
    await teamSettings.enable({ url: dbUrl, user: 'nikos' });
    await expect(syncWithTeam(client, tick)).rejects.toMatchObject({ code: 'unreachable' });
    expect(await assessments.count()).toBe(400);
    const written: string[] = [];
    const watching: Fetch = (input, init) => {
      if (input.includes('_bulk_docs')) written.push(String(init?.body));
      return cookies(input, init);
    };
    await syncWithTeam(new CouchClient(dbUrl, watching), tick);
    expect(await assessments.count()).toBe(450);
    // Nothing was sent back: what it read was already the team's.
    expect(written).toEqual([]);
    const fingerprints = new Set((await assessments.list()).map(fingerprint));
    expect(fingerprints.size).toBe(450);
  });
});
