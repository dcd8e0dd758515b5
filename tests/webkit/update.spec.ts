import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  press,
  appUrl,
  createAssessment,
  expectSaved,
  expectValue,
  fill,
  rating,
  ruleCard,
  tick,
  visit,
  waitForApp,
  waitForServiceWorker
} from './support/app';
import { SwitchableOrigin } from './support/switchable-origin';
import { byLabel, byRole, closeWebKit, closest, countOf, eventually, openWebKit, roleQuery, type Session } from './support/webkit';

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

const promptText = 'A new version of Tessera is available.';

/** The non-blocking update prompt's Reload button. */
async function promptReload(): Promise<WebdriverIO.Element> {
  const prompt = await closest(session, await byRole(session, 'status', new RegExp(promptText.replace('.', '\\.'))), '[role=status]');
  return byRole(session, 'button', 'Reload', { within: prompt });
}

/** What the browser's registration says: how it checks for updates, and whether a version waits. */
async function registration(): Promise<{ updateViaCache: string; waiting: boolean }> {
  // webdriverio types an async script's result as a promise of a promise.
  return await await session.execute(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { updateViaCache: reg?.updateViaCache ?? '', waiting: Boolean(reg?.waiting) };
  });
}

test('a new version is deployed: the prompt appears, and Reload brings it in without losing the note just typed', async () => {
  // The device has the app as it was one release ago.
  origin.release = 'previous';
  await visit(session, '/', origin.url);
  await waitForServiceWorker(session);
  // Update checks go to the server, never to the HTTP cache (Safari's installed apps otherwise lag).
  expect((await registration()).updateViaCache).toBe('none');

  // The new release is deployed. The next page load finds it, and the prompt says so.
  origin.release = 'current';
  const id = await createAssessment(session, 'Library card renewal', origin.url);
  await promptReload();
  expect((await registration()).waiting).toBe(true);

  // The prompt does not get in the way: the facilitator goes on working.
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`, origin.url);
  await tick(await rating(session, 1, 'Largely'));
  await expectSaved(session);
  // Typed, not yet saved (a field saves when it is left): the update must save it first.
  await fill(session, await byLabel(session, 'Notes', { within: await ruleCard(session, 1) }), 'Typed a moment before reloading.', { leave: false });

  await session.execute(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
  await press(await promptReload());
  await eventually(session, () => session.execute(() => !(window as unknown as { beforeReload?: boolean }).beforeReload), 'the page to reload');
  await waitForApp(session);

  await expectValue(session, await byLabel(session, 'Notes', { within: await ruleCard(session, 1) }), 'Typed a moment before reloading.');
  expect(await (await rating(session, 1, 'Largely')).isSelected()).toBe(true);
  expect(await countOf(session, roleQuery('status', new RegExp(promptText.replace('.', '\\.'))))).toBe(0);
  expect((await registration()).waiting).toBe(false);
});
