import { afterAll, beforeAll, expect, test } from 'vitest';
import { appUrl, createAssessment, storedAssessments, expectSaved, rating, tick, visit } from './support/app';
import { SwitchableOrigin } from './support/switchable-origin';
import { createTeam, syncNow, turnOnTeamSpace } from './support/team';
import { byRole, closeWebKit, eventually, openWebKit, type Session } from './support/webkit';

let session: Session;
let colleague: SwitchableOrigin;
/**
 * Nikos's tablet: another origin, so its own storage. On 127.0.0.1 rather than localhost, so its
 * own cookies too: cookies do not tell ports apart, and Team space signs in with a session cookie.
 */
let nikos: string;
beforeAll(async () => {
  session = await openWebKit();
  colleague = await SwitchableOrigin.open(appUrl());
  nikos = colleague.url.replace('//localhost:', '//127.0.0.1:');
});
afterAll(async () => {
  await closeWebKit(session);
  await colleague?.close();
});

/** Rates a Strategy golden rule on the device at `origin`. */
async function rate(origin: string, id: string, rule: number, level: string): Promise<void> {
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`, origin);
  await tick(await rating(session, rule, level));
  await expectSaved(session);
}

/** Waits until a Strategy golden rule shows this rating on the device at `origin`. */
async function expectRating(origin: string, id: string, rule: number, level: string): Promise<void> {
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`, origin);
  await eventually(session, async () => (await rating(session, rule, level)).isSelected(), `rule ${rule} rated ${level}`);
}

test('two iPads share an assessment through Team space: each one’s ratings reach the other, and both end with the same data', async () => {
  const team = await createTeam(['maria', 'nikos']);
  const id = await createAssessment(session, 'Parking permits');
  await turnOnTeamSpace(session, team, 'maria');
  await rate(appUrl(), id, 1, 'Partly');
  await syncNow(session);

  // Nikos turns Team space on and gets the assessment, with Maria's rating.
  await turnOnTeamSpace(session, team, 'nikos', nikos);
  await visit(session, '/', nikos);
  await byRole(session, 'link', 'Parking permits');
  await expectRating(nikos, id, 1, 'Partly');
  await rate(nikos, id, 2, 'Largely');
  await syncNow(session, nikos);

  // Maria syncs and has Nikos's rating beside her own.
  await syncNow(session);
  await expectRating(appUrl(), id, 2, 'Largely');
  await expectRating(appUrl(), id, 1, 'Partly');
  expect(await storedAssessments(session, nikos)).toEqual(await storedAssessments(session, appUrl()));
});
