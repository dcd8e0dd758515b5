import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { fixtureDir, openExchange, rawDatabase } from './support/exchange';

/*
 * Every kind of broken or hostile file gets its own clear message, and the data already on the
 * device stays exactly as it was: the raw IndexedDB rows are compared as text before and after.
 */

const damaged = 'This file could not be read: it is not a Tessera export, or it is damaged (for example, cut off while downloading).';

const cases: { file: string; message: string }[] = [
  { file: 'bad-truncated.json', message: damaged },
  { file: 'bad-not-json.txt', message: damaged },
  { file: 'bad-wrong-format.json', message: 'This file is not a Tessera assessment export.' },
  {
    file: 'bad-newer-version.json',
    message: 'This file comes from a newer version of Tessera (file format 4; this version reads up to format 3). Update Tessera, then open the file again.'
  },
  { file: 'bad-proto.json', message: 'The file contains a field Tessera does not know (assessment 1, field __proto__).' },
  { file: 'bad-rating.json', message: 'The value “maybe” is not allowed (assessment 2, rule strategy.rule.3, field rating).' }
];

/** Something stored worth protecting: an assessment with a rating. */
async function seed(page: Page): Promise<void> {
  const id = await createAssessment(page, 'Childminder finder');
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' }).check();
  await expectSaved(page);
}

/** Picks a file, expects it refused with exactly this message, and nothing changed. */
async function expectRefused(page: Page, pick: () => Promise<void>, fileName: string, message: string) {
  await openExchange(page);
  const before = await rawDatabase(page);
  await pick();
  const refused = page.getByRole('region', { name: 'This file cannot be imported' });
  await expect(refused).toBeVisible();
  await expect(refused.getByText(`File: ${fileName}`)).toBeVisible();
  await expect(refused.getByRole('listitem')).toHaveText([message]);
  await expect(refused.getByText('Nothing was changed on this device.')).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText(`“${fileName}” cannot be imported: 1 problem, listed below.`);
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  expect(await rawDatabase(page)).toBe(before);
}

for (const { file, message } of cases) {
  test(`${file} is refused with its own message and changes nothing`, async ({ page }) => {
    await seed(page);
    await expectRefused(page, () => page.getByLabel('Choose a file').setInputFiles(`${fixtureDir}${file}`), file, message);
  });
}

test('a file over 200 MB is refused before it is read, and changes nothing', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-'));
  try {
    const path = join(dir, 'huge-backup.json');
    // A sparse file: 201 MB to the browser, nothing written to disk.
    await writeFile(path, '');
    await truncate(path, 201 * 1024 * 1024);
    await seed(page);
    await expectRefused(
      page,
      () => page.getByLabel('Choose a file').setInputFiles(path),
      'huge-backup.json',
      'This file is too large (201 MB). Tessera opens files of up to 200 MB.'
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a file from a newer Tessera points to the update check', async ({ page }) => {
  await openExchange(page);
  await page.getByLabel('Choose a file').setInputFiles(`${fixtureDir}bad-newer-version.json`);
  await page.getByRole('link', { name: 'Check for updates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('a dropped file is checked the same way', async ({ page }) => {
  await seed(page);
  await openExchange(page);
  const before = await rawDatabase(page);
  const drop = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"format":"tessera-assessment","formatVersion":1,'], 'cut-off.json', { type: 'application/json' }));
    return transfer;
  });
  const zone = page.getByText('Drop a Tessera file here, or').locator('..');
  await zone.dispatchEvent('dragover', { dataTransfer: drop });
  await zone.dispatchEvent('drop', { dataTransfer: drop });
  const refused = page.getByRole('region', { name: 'This file cannot be imported' });
  await expect(refused.getByRole('listitem')).toHaveText([damaged]);
  expect(await rawDatabase(page)).toBe(before);
});

test('errors are shown in the user’s language, with their location', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('tessera.language', 'el'));
  await page.goto('/exchange');
  await waitForApp(page);
  await page.getByLabel('Επιλέξτε αρχείο').setInputFiles(`${fixtureDir}bad-rating.json`);
  const refused = page.getByRole('region', { name: 'Αυτό το αρχείο δεν μπορεί να εισαχθεί' });
  await expect(refused.getByRole('listitem')).toHaveText(['Η τιμή «maybe» δεν επιτρέπεται (αξιολόγηση 2, κανόνας strategy.rule.3, πεδίο rating).']);
  await expect(refused.getByText('Τίποτα δεν άλλαξε σε αυτή τη συσκευή.')).toBeVisible();
});
