import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { clickAndReload, createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { waitForServiceWorker } from './support/pwa';

// This spec is about the service worker, or needs it (offline reloads): the suite blocks it elsewhere.
test.use({ serviceWorkers: 'allow' });

/**
 * Puts the app on this device as it was one release ago, so that the server's real
 * service-worker.js is the new version. Chromium checks for updates (registration.update())
 * outside Playwright's network routing, but the first registration's script fetch can be routed:
 * we install a byte-different copy as "the old version", then stop routing.
 */
async function installPreviousVersion(context: BrowserContext, page: Page, path = '/'): Promise<void> {
  await context.route('**/service-worker.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// the previous release\n` });
  });
  await page.goto(path);
  await waitForApp(page);
  await waitForServiceWorker(page);
  await context.unrouteAll();
}

/** The non-blocking prompt that says a new version waits. */
function updatePrompt(page: Page) {
  return page.getByRole('status').filter({ hasText: 'A new version of Tessera is available.' });
}

/**
 * Settings → Check for updates, as a facilitator would, until the new version waits. The worker
 * registers with updateViaCache 'none', so the page load before may have found it already: then
 * Settings offers Reload instead of the check.
 */
async function findNewVersion(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const check = page.getByRole('button', { name: 'Check for updates' });
  const reload = updatePrompt(page).getByRole('button', { name: 'Reload' });
  await expect(check.or(reload).first()).toBeVisible();
  // The found version can replace the button between the two steps; the prompt below says it waits either way.
  if (await check.isVisible()) await check.click({ timeout: 5_000 }).catch(() => undefined);
  await expect(reload).toBeVisible();
}

/** Whether a new version still waits to take over, as the browser sees it. */
function versionWaiting(page: Page): Promise<boolean> {
  return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
}

test('Reload in the update prompt brings in the new version and keeps the note just typed', async ({ page, context }) => {
  await installPreviousVersion(context, page);
  const id = await createAssessment(page, 'Library card renewal');
  await findNewVersion(page);

  // The prompt does not get in the way: the facilitator goes on working.
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(updatePrompt(page)).toBeVisible();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' }).check();
  await expectSaved(page);
  const rule1 = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Golden rule 1\b/ }) });
  await rule1.getByLabel('Notes').fill('Typed a moment before reloading.');

  await clickAndReload(page, updatePrompt(page).getByRole('button', { name: 'Reload' }));

  await expect(rule1.getByLabel('Notes')).toHaveValue('Typed a moment before reloading.');
  await expect(page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expect(updatePrompt(page)).toHaveCount(0);
  expect(await versionWaiting(page)).toBe(false);
});

test('a new version never takes over on its own, and "Later" leaves the reload in Settings', async ({ page, context }) => {
  await installPreviousVersion(context, page);
  await findNewVersion(page);

  // Reloading the page by hand does not activate it either: only the user's "Reload" does.
  await page.reload();
  await waitForApp(page);
  await expect(updatePrompt(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  expect(await versionWaiting(page)).toBe(true);

  await updatePrompt(page).getByRole('button', { name: 'Later' }).click();
  await expect(updatePrompt(page)).toHaveCount(0);
  const section = page.getByRole('region', { name: 'Offline use and updates' });
  await expect(section.getByText('A new version of Tessera is ready.')).toBeVisible();
  expect(await versionWaiting(page)).toBe(true);

  await clickAndReload(page, section.getByRole('button', { name: 'Reload' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await versionWaiting(page)).toBe(false);
  await expect(page.getByRole('button', { name: 'Check for updates' })).toBeVisible();
});

test('Check for updates says what it found: up to date, or offline', async ({ page, context }) => {
  await page.goto('/settings');
  await waitForApp(page);
  await waitForServiceWorker(page);
  const section = page.getByRole('region', { name: 'Offline use and updates' });
  await expect(section.getByText('Ready for offline use')).toBeVisible();

  await section.getByRole('button', { name: 'Check for updates' }).click();
  await expect(section.getByRole('status')).toHaveText('You have the latest version of Tessera.');

  await context.setOffline(true);
  await section.getByRole('button', { name: 'Check for updates' }).click();
  await expect(section.getByRole('status')).toHaveText(/^This device is offline/);
  await expect(updatePrompt(page)).toHaveCount(0);
});

test('Settings says which version runs; the worker checks the server, not the HTTP cache', async ({ page }) => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  await page.goto('/settings');
  await waitForApp(page);
  await waitForServiceWorker(page);
  const section = page.getByRole('region', { name: 'Offline use and updates' });
  await expect(section.getByTestId('running-version')).toHaveText(
    new RegExp(`^You are using Tessera ${version.replaceAll('.', '\\.')} \\(build of \\d{1,2} \\w{3,4} \\d{4}, \\d{2}:\\d{2}\\)\\.$`)
  );
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.updateViaCache)).toBe('none');
});

// An app on an iPad's home screen is not reloaded when it comes back: these are its only chances to notice.
for (const [when, fire] of [
  ['comes back to the foreground', () => document.dispatchEvent(new Event('visibilitychange'))],
  ['returns from the back/forward cache', () => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))]
] as const) {
  test(`a new version is noticed, with no reload, when the app ${when}`, async ({ page, context }) => {
    await installPreviousVersion(context, page, '/guide');
    await expect(page.getByRole('heading', { level: 1, name: 'Method guide' })).toBeVisible();
    expect(await versionWaiting(page)).toBe(false);
    await page.evaluate(fire);
    await expect(updatePrompt(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  });
}
