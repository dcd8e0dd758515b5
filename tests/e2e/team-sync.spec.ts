import type { BrowserContext, Page } from '@playwright/test';
import { createAssessment, expect, test, waitForApp } from './support/fixtures';
import { colleagueContext, rateStrategyRule, storedAssessments } from './support/exchange';
import { waitForServiceWorker } from './support/pwa';
import { axeViolations } from './support/a11y';
import { createTeam, expectSynced, syncNow, teamDoc, turnOnTeamSpace } from './support/team';

// This spec is about the service worker, or needs it (offline reloads): the suite blocks it elsewhere.
test.use({ serviceWorkers: 'allow' });

/*
 * Team space: tablets that sync through the team's CouchDB database (here the PouchDB Server
 * stand-in, proxied under /couchdb/ on the app's origin) end with the same assessments, whatever
 * each changed offline and in whichever order they come back.
 */

const rating = (page: Page, rule: number) => page.getByRole('group', { name: `Rating of golden rule ${rule}` });

/** Opens the Strategy stage and checks the rating of golden rule `rule`. */
async function expectRating(page: Page, id: string, rule: number, level: string) {
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(rating(page, rule).getByRole('radio', { name: level })).toBeChecked();
}

/** The stored assessments without what may differ per device only by its own bookkeeping (nothing: they must be equal). */
const everything = (page: Page) => storedAssessments(page);

test('three tablets that edited offline converge once each has synced in turn', async ({ page, browser, baseURL }) => {
  test.slow();
  const { url } = await createTeam(['maria', 'nikos', 'ana']);
  const contexts: BrowserContext[] = [];
  const open = async () => {
    const { context, foreign } = await colleagueContext(browser, baseURL, 'allow');
    contexts.push(context);
    return { page: await context.newPage(), context, foreign };
  };
  const [b, c] = [await open(), await open()];
  const a = { page, context: page.context() };

  // Maria creates the assessment; everyone turns Team space on and gets it.
  const id = await createAssessment(a.page, 'Parking permits');
  await turnOnTeamSpace(a.page, url, 'maria');
  await turnOnTeamSpace(b.page, url, 'nikos');
  await turnOnTeamSpace(c.page, url, 'ana');
  await b.page.goto('/');
  await expect(b.page.getByRole('link', { name: 'Parking permits' })).toBeVisible();

  // All three go offline, and each rates a different golden rule; Nikos and Ana also rate the same one.
  for (const t of [a, b, c]) {
    await waitForServiceWorker(t.page);
    await t.context.setOffline(true);
  }
  await rateStrategyRule(a.page, id, 1, 'Partly');
  await rateStrategyRule(b.page, id, 2, 'Largely');
  await rateStrategyRule(c.page, id, 3, 'Fully');
  await rateStrategyRule(b.page, id, 4, 'Partly');
  await rateStrategyRule(c.page, id, 4, 'Fully');

  // Back online one after the other, each syncing in turn; then the first two once more.
  for (const t of [a, b, c, a, b]) {
    await t.context.setOffline(false);
    await syncNow(t.page);
  }
  for (const t of [a, b, c]) {
    await expectRating(t.page, id, 1, 'Partly');
    await expectRating(t.page, id, 2, 'Largely');
    await expectRating(t.page, id, 3, 'Fully');
    await expectRating(t.page, id, 4, 'Fully');
  }
  const stored = await everything(a.page);
  expect(await everything(b.page)).toEqual(stored);
  expect(await everything(c.page)).toEqual(stored);
  // The rating both changed is a conflict for a person to look at, on the tablet whose newer value met the older one.
  await c.page.goto(`/assessment/conflicts?id=${id}`);
  await waitForApp(c.page);
  await expect(c.page.getByText('Partly').first()).toBeVisible();
  for (const context of contexts) await context.close();
});

test('changes made offline wait on the tablet and go out when it is back online', async ({ page, browser, baseURL }) => {
  const { url, db } = await createTeam(['maria', 'nikos']);
  const id = await createAssessment(page, 'Library cards');
  await turnOnTeamSpace(page, url, 'maria');
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await rateStrategyRule(page, id, 1, 'Largely');
  await page.goto('/settings');
  await waitForApp(page);
  const section = page.getByRole('region', { name: 'Team space' });
  await expect(section.getByTestId('team-waiting')).toHaveText('1 change waiting to be sent.');
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect(section.getByTestId('team-status')).toHaveText(/cannot be reached/);
  // Back online: the browser's "online" event starts the sync by itself.
  await page.context().setOffline(false);
  await expectSynced(page);
  const doc = await teamDoc(db, `a:${id}`);
  expect(doc.assessment.responses['strategy.rule.1'].rating).toBe('largely');

  const { context } = await colleagueContext(browser, baseURL);
  const other = await context.newPage();
  await turnOnTeamSpace(other, url, 'nikos');
  await expectRating(other, id, 1, 'Largely');
  await context.close();
});

test('an assessment deleted on one tablet leaves the team, and the Team page restores it with its table', async ({ page, browser, baseURL }) => {
  const { url, db } = await createTeam(['maria', 'nikos']);
  const parking = await createAssessment(page, 'Parking permits', 'City hall');
  await rateStrategyRule(page, parking, 1, 'Fully');
  await createAssessment(page, 'Library cards', 'Region');
  await turnOnTeamSpace(page, url, 'maria');
  const { context } = await colleagueContext(browser, baseURL);
  const other = await context.newPage();
  await turnOnTeamSpace(other, url, 'nikos');

  // The portfolio on the colleague's tablet, one tap away in the header now that Team space is on:
  // one row per service, scores by stage, filters, CSV.
  // Five links do not fit beside the brand and the language on an iPad in landscape (in Greek and
  // French): they take their own row, all on it, and the language stays up with the brand.
  const main = other.getByRole('navigation', { name: 'Main' });
  const tops = await main.getByRole('link').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
  expect(tops).toHaveLength(5);
  expect(new Set(tops).size, 'the links on one row').toBe(1);
  const brand = (await other.getByRole('banner').getByRole('link', { name: 'Tessera' }).boundingBox())!;
  const language = (await other
    .getByRole('banner')
    .getByRole('button', { name: /English/ })
    .boundingBox())!;
  expect(Math.abs(brand.y + brand.height / 2 - (language.y + language.height / 2)), 'the language beside the brand').toBeLessThan(4);
  expect(language.y + language.height, 'the links under them').toBeLessThanOrEqual(tops[0]);
  await main.getByRole('link', { name: 'Team' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  const table = other.getByRole('table', { name: /2 assessments/ });
  const parkingRow = table.getByRole('row', { name: /Parking permits/ });
  await expect(parkingRow.getByRole('cell').nth(1)).toContainText('100 %');
  expect(await axeViolations(other), 'axe on the Team page').toEqual([]);
  await other.getByLabel('Organisation').selectOption('Region');
  await expect(other.getByRole('table', { name: /1 assessment:/ }).getByRole('row', { name: /Library cards/ })).toBeVisible();
  await other.getByLabel('Organisation').selectOption('');
  const download = other.waitForEvent('download');
  await other.getByRole('button', { name: 'Download the table (CSV)' }).click();
  const csv = await (await download).path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
  expect(csv).toContain('Parking permits,City hall,100,');

  // Maria deletes it; once both have synced it is gone from both.
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Delete: Parking permits' }).click();
  await page.getByRole('dialog', { name: 'Delete this assessment?' }).getByRole('button', { name: 'Delete' }).click();
  // The delete is stored once "Undo" is offered; leaving the page sooner would abort its transaction.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await syncNow(page);
  expect((await teamDoc(db, `a:${parking}`)).deletedAt).toEqual(expect.any(String));
  await syncNow(other);
  await other.goto('/team');
  await waitForApp(other);
  await expect(other.getByRole('table', { name: /1 assessment:/ })).toBeVisible();
  const deleted = other.getByRole('region', { name: 'Deleted in the team' });
  await expect(deleted.getByRole('listitem')).toContainText(/Parking permits deleted on .*, can be restored until /);

  // Nikos restores it: it is back for both, rating included.
  expect(await axeViolations(other), 'axe on the Team page with a deleted assessment').toEqual([]);
  await other.goto('/settings');
  await waitForApp(other);
  expect(await axeViolations(other), 'axe on Settings with Team space on').toEqual([]);
  await other.goto('/team');
  await waitForApp(other);
  await deleted.getByRole('button', { name: 'Restore' }).click();
  await expect(other.getByRole('table', { name: /2 assessments/ })).toBeVisible();
  await expect(deleted.getByText('No assessment was deleted in the last 30 days.')).toBeVisible();
  await syncNow(other);
  await syncNow(page);
  await expectRating(page, parking, 1, 'Fully');
  await context.close();
});

test('with Team space off, the app never calls a team server', async ({ page, context }) => {
  const calls: string[] = [];
  context.on('request', (request) => {
    if (/\/couchdb\/|_session|_changes|_bulk_docs/.test(request.url())) calls.push(request.url());
  });
  const id = await createAssessment(page, 'Parking permits');
  await rateStrategyRule(page, id, 1, 'Partly');
  await page.goto('/settings');
  await waitForApp(page);
  await expect(page.getByRole('region', { name: 'Team space' }).getByText('Team space is off: nothing leaves this device.')).toBeVisible();
  // No Team link in the header while it is off: the page exists only to say how to turn it on.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Assessments', 'Method guide', 'Import and export', 'Settings']);
  await page.goto('/team');
  await waitForApp(page);
  await expect(page.getByText('Team space is off on this device.')).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('online')));
  expect(calls).toEqual([]);
});
