import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { builtUrls, localeText, waitForServiceWorker } from './support/pwa';

// This spec is about the service worker, or needs it (offline reloads): the suite blocks it elsewhere.
test.use({ serviceWorkers: 'allow' });

test('after one online visit the app works offline: cold start, deep link, edits that persist', async ({ page, context }) => {
  const id = await createAssessment(page, 'School meals registration');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Partly' }).check();
  await expectSaved(page);

  // What a facilitator checks before leaving for the workshop.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('Ready for offline use')).toBeVisible();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // A cold start in a new tab, straight into a stage page from a bookmark.
  const tab = await context.newPage();
  await tab.goto(`/assessment/stage?id=${id}&stage=design`);
  await waitForApp(tab);
  await expect(tab.getByRole('heading', { level: 1, name: 'Design' })).toBeVisible();
  await tab.getByRole('group', { name: 'Rating of golden rule 3' }).getByRole('radio', { name: 'Fully' }).check();
  const rule3 = tab.getByRole('article').filter({ has: tab.getByRole('heading', { name: /Golden rule 3\b/ }) });
  await rule3.getByLabel('Notes').fill('Agreed with no network in the room.');
  await rule3.getByLabel('Notes').blur();
  await expectSaved(tab);

  await tab.reload();
  await waitForApp(tab);
  await expect(tab.getByRole('group', { name: 'Rating of golden rule 3' }).getByRole('radio', { name: 'Fully' })).toBeChecked();
  await expect(rule3.getByLabel('Notes')).toHaveValue('Agreed with no network in the room.');

  // The start page and the earlier, online edit are there too.
  await tab.goto('/');
  await waitForApp(tab);
  await expect(tab.getByRole('heading', { name: 'School meals registration' })).toBeVisible();
  await tab.getByRole('link', { name: 'School meals registration' }).click();
  await tab.getByRole('link', { name: '1. Strategy' }).first().click();
  await expect(tab.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Partly' })).toBeChecked();
});

test('a first visit keeps working when the network drops before any reload', async ({ page, context }) => {
  await page.goto('/');
  await waitForApp(page);
  // The worker takes charge of this very page; no reload in between.
  await waitForServiceWorker(page);
  await context.setOffline(true);

  // Each of these screens loads its code on demand, now from the precache.
  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await mainNav.getByRole('link', { name: 'Method guide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Method guide' })).toBeVisible();
  await page.getByRole('link', { name: '4. Operation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Operation' })).toBeVisible();
  await page.getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
  await mainNav.getByRole('link', { name: 'Assessments' }).click();
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Service name').fill('Building permits');
  await dialog.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Building permits' })).toBeVisible();
});

test('every file of the build is served offline, and every language can be switched to', async ({ page, context }) => {
  await page.goto('/settings');
  await waitForApp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);

  // version.json is SvelteKit's "is there a newer deploy?" probe: it only makes sense online.
  const urls = builtUrls().filter((url) => url !== '/service-worker.js' && url !== '/_app/version.json');
  expect(urls).toContain('/assessment/stage');
  const failed = await page.evaluate(
    async (list) =>
      (
        await Promise.all(
          list.map(async (url) => {
            const res = await fetch(url).catch(() => null);
            return res?.ok ? null : url;
          })
        )
      ).filter((url) => url !== null),
    urls
  );
  expect(failed, 'files not available offline').toEqual([]);

  await page.reload();
  await waitForApp(page);
  for (const [lang, name] of [
    ['el', 'Ελληνικά'],
    ['pt', 'Português'],
    ['fr', 'Français']
  ]) {
    await page.getByRole('radio', { name }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 2, name: localeText(lang, 'pages', 'pwa.title') })).toBeVisible();
    await expect(page.getByText(localeText(lang, 'pages', 'pwa.offlineReady'))).toBeVisible();
  }
});
