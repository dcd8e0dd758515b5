import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every browser test records each request the page makes; a request to anything but the
 * local server fails the test. Tessera promises it never talks to another origin.
 */
export const test = base.extend<{ foreignRequests: string[]; lateTexts: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true }
  ],
  /** Each route loads the translations it shows; a text that arrives a frame late (the i18n safety net) fails the test. */
  lateTexts: [
    async ({ context }, use) => {
      const late: string[] = [];
      context.on('console', (message) => {
        if (message.type() === 'warning' && message.text().startsWith('[tessera i18n]')) late.push(message.text());
      });
      await use(late);
      expect(late, 'texts whose namespace the route did not load').toEqual([]);
    },
    { auto: true }
  ]
});

export { expect };

/**
 * Waits until the app has hydrated (the header's language button works). During a navigation the
 * predicate can run in a document whose `<html>` is not parsed yet, hence the `?.`.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement?.dataset.ready === 'true');
}

/**
 * Clicks a button that reloads the page, and waits for the new page to load and hydrate. Without
 * waiting for `load`, the check could still find the old page ready and pass before the reload.
 */
export async function clickAndReload(page: Page, button: Locator): Promise<void> {
  const loaded = page.waitForEvent('load');
  await button.click();
  await loaded;
  await waitForApp(page);
}

/** Creates an assessment through the UI and waits for its overview. */
export async function createAssessment(page: Page, serviceName: string, organisation = 'Municipality of Patras'): Promise<string> {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Service name').fill(serviceName);
  await dialog.getByLabel('Organisation').fill(organisation);
  await dialog.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
  return new URL(page.url()).searchParams.get('id') ?? '';
}

/**
 * Waits for a save that happened after the last call (on this page load), and for the polite
 * status to say "Saved". A "Saved" still showing from an earlier change does not count: the
 * status bar counts saves (`data-saves`), and the page remembers the count this last saw.
 */
export async function expectSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const counts = [...document.querySelectorAll<HTMLElement>('[data-saves]')].map((el) => Number(el.dataset.saves));
    const seen = (window as { __tesseraSavesSeen?: number }).__tesseraSavesSeen ?? 0;
    return Math.max(0, ...counts) > seen;
  });
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^\s*✓?\s*Saved\s*$/ })
      .first()
  ).toBeVisible();
  await page.evaluate(() => {
    const counts = [...document.querySelectorAll<HTMLElement>('[data-saves]')].map((el) => Number(el.dataset.saves));
    (window as { __tesseraSavesSeen?: number }).__tesseraSavesSeen = Math.max(0, ...counts);
  });
}
