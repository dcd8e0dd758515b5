import type { Page, Route } from '@playwright/test';
import { createAssessment, expect, test, waitForApp } from './support/fixtures';
import { routeStorageCode } from './support/storage-code';

/*
 * The first page draws before the storage code (Dexie and the repositories) has loaded. On a
 * device with no database yet, the welcome needs no storage at all, and shows at once; on a device
 * with assessments, the list says "Loading…" until they are read, and never shows the welcome. On
 * a device with nothing stored the storage code does not load at all until something is stored.
 */

/** Holds back Dexie's chunk until the returned function is called. */
async function holdStorageCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await routeStorageCode(page, () => released);
  return release;
}

/** Holds back every script of the app until the returned function is called: the page is the prerendered HTML alone. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**/*.js', async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

const welcome = (page: Page) => page.getByRole('heading', { level: 2, name: 'Assess a digital public service with your team' });

test('a new device shows the welcome before the storage code has loaded, and it can start an assessment', async ({ page }) => {
  const release = await holdStorageCode(page);
  await page.goto('/');
  await waitForApp(page);
  await expect(welcome(page)).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), 'no database was opened yet').toEqual([]);

  // The storage code arrives: the list stays as it was, and the welcome's button creates.
  release();
  await page.getByRole('button', { name: 'New assessment' }).last().click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Service name').fill('Library cards');
  await dialog.getByLabel('Organisation').fill('Municipality of Patras');
  await dialog.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library cards' })).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a device with assessments says "Loading…" until they are read, never the welcome', async ({ page }) => {
  await createAssessment(page, 'Library cards');
  const release = await holdStorageCode(page);
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);

  release();
  await expect(page.getByRole('link', { name: 'Library cards' })).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a new device loads no storage code until something is stored, in this tab or in another', async ({ page, context }) => {
  const storageCode: string[] = [];
  await routeStorageCode(page, (url) => void storageCode.push(url));
  await page.goto('/');
  await waitForApp(page);
  await expect(welcome(page)).toBeVisible();
  // The page has loaded and the network has been quiet for half a second: nothing is still on its way.
  await page.waitForLoadState('networkidle');
  expect(storageCode, 'storage code loaded on a device with nothing stored').toEqual([]);

  // A colleague's tab of the same browser creates an assessment: this tab hears of it, loads the
  // storage code and lists it, with no reload.
  const other = await context.newPage();
  await createAssessment(other, 'Library cards');
  await expect(page.getByRole('link', { name: 'Library cards' })).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
  expect(storageCode).not.toEqual([]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('before any of the app\'s code has run, a new device already shows the welcome, and a device with assessments "Loading…"', async ({ page }) => {
  let release = await holdAppCode(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(welcome(page)).toBeVisible();
  await expect(page.getByText('Loading…')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.dataset.ready), 'the app has not started').toBeUndefined();
  await welcome(page).evaluate((heading) => (heading.dataset.fromHtml = 'yes'));
  release();
  await waitForApp(page);
  await expect(page.getByText('Loading…')).toHaveCount(0);
  // The list has answered "empty": the welcome on screen is still the one drawn from the HTML, not a new one.
  await expect(welcome(page)).toHaveAttribute('data-from-html', 'yes');
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  await createAssessment(page, 'Library cards');
  release = await holdAppCode(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
  release();
  await expect(page.getByRole('link', { name: 'Library cards' })).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test("the app's scripts are fetched once the first frame is drawn, side by side, and the page then works", async ({ page }) => {
  // The first frame's time, taken by a frame callback asked for before the page's own.
  await page.addInitScript(() => requestAnimationFrame(() => ((window as { firstFrameAt?: number }).firstFrameAt = performance.now())));
  await page.goto('/');
  await waitForApp(page);
  const { firstFrameAt, scripts } = await page.evaluate(() => ({
    firstFrameAt: (window as { firstFrameAt?: number }).firstFrameAt ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/_app/immutable/') && entry.name.endsWith('.js'))
      .map((entry) => ({ name: entry.name, startTime: entry.startTime }))
  }));
  expect(firstFrameAt).not.toBeNull();
  expect(scripts.length).toBeGreaterThan(2);
  for (const script of scripts) expect(script.startTime, script.name).toBeGreaterThan(firstFrameAt!);
  // Preloaded together, as the HTML listed them, rather than found one import after another.
  await expect(page.locator('link[rel="modulepreload"]')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'New assessment' }).last().click();
  await expect(page.getByRole('dialog', { name: 'New assessment' })).toBeVisible();
});

test("the code SvelteKit starts from begins with V8's hint to compile it all as it arrives", async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const hrefs = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  const start = hrefs.find((href) => /\/entry\/start\.[^/]+\.js$/.test(href));
  expect(start, 'the start module is among the preloaded ones').toBeDefined();
  // SvelteKit's start module re-exports its runtime from the first page's chunk.
  const imported = [...(await (await page.request.get(start!)).text()).matchAll(/from\s*["']([^"']+)["']/g)].map(([, path]) => new URL(path, start).href);
  expect(imported).toHaveLength(1);
  expect(hrefs, 'the chunk is preloaded with the rest').toContain(imported[0]);
  const chunk = await (await page.request.get(imported[0])).text();
  expect(chunk.startsWith('//# allFunctionsCalledOnLoad\n'), chunk.slice(0, 80)).toBe(true);
});

/** Makes the browser's list of databases never answer, as on a device busy starting the app. */
async function neverListDatabases(page: Page): Promise<void> {
  await page.addInitScript(() => (indexedDB.databases = () => new Promise(() => undefined)));
}

test('a first visit draws the welcome at the first paint, without waiting for the browser to list its databases', async ({ page }) => {
  await neverListDatabases(page);
  const release = await holdAppCode(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(welcome(page)).toBeVisible();
  await expect(page.getByText('Loading…')).toBeHidden();
  release();
  await waitForApp(page);
  await expect(welcome(page)).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a device whose database is older than the mark that says so shows "Loading…" and its list, and leaves the mark', async ({ page }) => {
  await createAssessment(page, 'Library cards');
  // The database stays; the mark goes, as on a device that used a version from before it.
  await page.evaluate(() => localStorage.removeItem('tessera.databaseOpened'));
  const release = await holdStorageCode(page);
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(welcome(page)).toBeHidden();
  release();
  await expect(page.getByRole('link', { name: 'Library cards' })).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('tessera.databaseOpened'))).toBe('yes');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
