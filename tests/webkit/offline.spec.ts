import { afterAll, beforeAll, expect, test } from 'vitest';
import { press, appUrl, createAssessment, expectSaved, expectValue, fill, rating, reload, ruleCard, tick, visit, waitForServiceWorker } from './support/app';
import { SwitchableOrigin } from './support/switchable-origin';
import { byLabel, byRole, byText, closeWebKit, eventually, openWebKit, type Session } from './support/webkit';

let session: Session;
let origin: SwitchableOrigin;
beforeAll(async () => {
  session = await openWebKit();
  origin = await SwitchableOrigin.open(appUrl());
});
afterAll(async () => {
  await closeWebKit(session);
  await origin?.close();
});

test('after one online visit the app works with the server gone: cold start, deep link, an edit that survives a reload', async () => {
  const id = await createAssessment(session, 'School meals registration', origin.url);
  await press(await byRole(session, 'link', '1. Strategy', { first: true }));
  await tick(await rating(session, 1, 'Partly'));
  await expectSaved(session);

  // What a facilitator checks before leaving for the workshop.
  await press(await byRole(session, 'link', 'Settings', { within: await byRole(session, 'navigation', 'Main') }));
  await byText(session, /^Ready for offline use/);
  await waitForServiceWorker(session);

  await origin.goOffline();
  await expect(fetch(origin.url)).rejects.toThrow();

  // A cold load of the list: a full page load, with nothing from the server. (MiniBrowser under
  // WebDriver opens no second window, so this is the same window, not a new tab as in Chromium.)
  await visit(session, '/', origin.url);
  await byRole(session, 'heading', 'School meals registration');

  // Straight into a stage page from a bookmark, then an edit and a reload.
  await visit(session, `/assessment/stage?id=${id}&stage=design`, origin.url);
  await byRole(session, 'heading', 'Design', { level: 1 });
  await tick(await rating(session, 3, 'Fully'));
  await fill(session, await byLabel(session, 'Notes', { within: await ruleCard(session, 3) }), 'Agreed with no network in the room.');
  await expectSaved(session);

  await reload(session);
  await eventually(session, async () => (await rating(session, 3, 'Fully')).isSelected(), 'rule 3 rated Fully after the reload');
  await expectValue(session, await byLabel(session, 'Notes', { within: await ruleCard(session, 3) }), 'Agreed with no network in the room.');

  // The earlier, online edit is there too.
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`, origin.url);
  await eventually(session, async () => (await rating(session, 1, 'Partly')).isSelected(), 'rule 1 rated Partly');
});
