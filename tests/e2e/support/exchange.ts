import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, waitForApp } from './fixtures';

/** The directory of real export files, good and bad. */
export const fixtureDir = fileURLToPath(new URL('../../fixtures/exchange/', import.meta.url));

/**
 * A second person's browser: a fresh context with the test's settings and nothing stored. Like the
 * first one, it records requests to other origins; the test checks `foreign` is empty at the end.
 */
export async function colleagueContext(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', viewport: { width: 1024, height: 768 }, acceptDownloads: true });
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
  });
  return { context, foreign };
}

/**
 * Every row of every object store of Tessera's database, read with the raw IndexedDB API (not
 * through the app), as JSON text: equal text means byte-for-byte equal data.
 */
export async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tessera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames].sort();
    const dump: Record<string, unknown[]> = {};
    for (const name of stores) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(dump);
  });
}

/** The stored assessments, raw from IndexedDB, ordered by id. */
export async function storedAssessments(page: Page): Promise<Record<string, unknown>[]> {
  const dump = JSON.parse(await rawDatabase(page)) as { assessments?: Record<string, unknown>[] };
  return (dump.assessments ?? []).sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Opens the import and export page. */
export async function openExchange(page: Page): Promise<void> {
  await page.goto('/exchange');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();
}

/** Clicks a button that downloads a file and returns the file's name and text. */
export async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Picks a file in the import section: a fixture's name, or a name and its text. */
export async function pickFile(page: Page, file: string | { name: string; text: string }): Promise<void> {
  const input = page.getByLabel('Choose a file');
  if (typeof file === 'string') await input.setInputFiles(`${fixtureDir}${file}`);
  else await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

/** The preview's card for an incoming assessment. */
export function previewItem(page: Page, serviceName: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: serviceName }) });
}
