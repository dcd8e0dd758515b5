import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expect, expectSaved, waitForApp } from './fixtures';
import { dumpDatabase } from '../../shared/in-page';

/** The directory of real export files, good and bad. */
export const fixtureDir = fileURLToPath(new URL('../../fixtures/exchange/', import.meta.url));

/**
 * A second person's browser: a fresh context with the test's settings and nothing stored. Like the
 * first one, it records requests to other origins; the test checks `foreign` is empty at the end.
 * Its service worker is blocked, as in the rest of the suite, unless the test needs it (offline).
 */
export async function colleagueContext(
  browser: Browser,
  baseURL: string | undefined,
  serviceWorkers: 'allow' | 'block' = 'block'
): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', viewport: { width: 1024, height: 768 }, acceptDownloads: true, serviceWorkers });
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
  return page.evaluate(dumpDatabase);
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

/**
 * Picks a file in the import section: a fixture's name, or a name and its text. A large text goes
 * through a file in the test's output folder: a buffer is rebuilt inside the page from base64,
 * which for a photo backup (12 MB) cost the renderer seconds of CPU. The file stays until the next
 * run, as the browser reads a picked file from disk only when the page asks for its bytes.
 */
export async function pickFile(page: Page, file: string | { name: string; text: string }): Promise<void> {
  const input = page.getByLabel('Choose a file');
  if (typeof file === 'string') return input.setInputFiles(`${fixtureDir}${file}`);
  if (file.text.length < 256 * 1024) return input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  const path = test.info().outputPath(`picked-${++picks}`, file.name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  await input.setInputFiles(path);
}
let picks = 0;

/** The preview's card for an incoming assessment. */
export function previewItem(page: Page, serviceName: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: serviceName }) });
}

/** Rates a golden rule of the Strategy stage, on the stage page. */
export async function rateStrategyRule(page: Page, id: string, rule: number, level: string) {
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await page
    .getByRole('group', { name: `Rating of golden rule ${rule}` })
    .getByRole('radio', { name: level })
    .check();
  await expectSaved(page);
}

/** Adds a next step to golden rule 1 of Strategy, as the n-th step of that rule. */
export async function addNextStep(page: Page, n: number, text: string) {
  const rule = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Golden rule 1\b/ }) });
  await rule.getByRole('button', { name: 'Add next step' }).click();
  await rule.getByLabel(`Next step ${n}`, { exact: true }).fill(text);
  await rule.getByLabel(`Next step ${n}`, { exact: true }).blur();
  await expectSaved(page);
}

/** Exports one assessment from its overview and returns the downloaded file. */
export async function exportFromOverview(page: Page, id: string, serviceName: string) {
  await page.goto(`/assessment?id=${id}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: `Export “${serviceName}”` });
  const file = await download(page, dialog.getByRole('button', { name: 'Download file' }));
  await expect(dialog.getByRole('status')).toHaveText(`“${file.name}” was saved to your downloads.`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return file;
}

/** Imports a file on the exchange page, keeping the default choices, and waits for the result. */
export async function importWithDefaults(page: Page, file: { name: string; text: string }) {
  await openExchange(page);
  await pickFile(page, file);
  await page.getByRole('button', { name: /^Import \d+ assessments?$/ }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
}
