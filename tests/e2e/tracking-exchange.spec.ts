import type { Page } from '@playwright/test';
import { createAssessment, expect, test, waitForApp } from './support/fixtures';
import { colleagueContext, download, fixtureDir, openExchange, pickFile, rawDatabase } from './support/exchange';
import { attachmentsOf, cameraPhoto, ruleCard, smallPdf, storedAttachments, type StoredAttachment } from './support/attachments';

/** Attaches a photo and a PDF to golden rule 1 of Strategy. */
async function attachEvidence(page: Page, id: string) {
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  const section = attachmentsOf(ruleCard(page, 1));
  await section.getByLabel('Take a photo').setInputFiles({ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page, 2400, 1800) });
  await expect(section.getByRole('status')).toHaveText('“wall.webp” was added.');
  await section.getByLabel('Attach a file').setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: smallPdf() });
  await expect(section.getByRole('status')).toHaveText('“minutes.pdf” was added.');
}

/** What must survive a round trip: everything but the thumbnail, which each device makes itself. */
const portable = (list: StoredAttachment[]) => list.map(({ thumbnail: _t, ...rest }) => rest);

test('photos travel in the export and arrive byte for byte in a colleague’s browser', async ({ page, browser, baseURL }) => {
  const id = await createAssessment(page, 'Childminder finder');
  await attachEvidence(page, id);
  const mine = await storedAttachments(page);
  expect(mine.map((a) => a.type)).toEqual(['application/pdf', 'image/webp']);

  await page.goto(`/assessment?id=${id}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export “Childminder finder”' });
  const include = dialog.getByRole('checkbox', { name: /^Include the 2 photos and files \(\d+(\.\d)? kB\)$/ });
  await expect(include).toBeChecked();
  const file = await download(page, dialog.getByRole('button', { name: 'Download file' }));
  const json = JSON.parse(file.text);
  expect(json.formatVersion).toBe(3);
  expect(json.attachments.map((a: { sha256: string }) => a.sha256).sort()).toEqual(mine.map((a) => a.sha256).sort());

  const { context, foreign } = await colleagueContext(browser, baseURL);
  const colleague = await context.newPage();
  await openExchange(colleague);
  await pickFile(colleague, file);
  const total = mine.reduce((sum, a) => sum + a.size, 0);
  const kB = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(total / 1024);
  await expect(colleague.getByTestId('import-attachments')).toHaveText(`2 photos and files, ${kB} kB in total.`);
  await colleague.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(colleague.getByText('2 photos and files imported')).toBeVisible();
  expect(portable(await storedAttachments(colleague))).toEqual(portable(mine));

  await colleague.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(colleague);
  const tile = attachmentsOf(ruleCard(colleague, 1)).getByRole('button', { name: 'wall.webp' });
  await expect(tile.locator('img')).toHaveJSProperty('complete', true);
  await expect.poll(async () => (await storedAttachments(colleague)).find((a) => a.name === 'wall.webp')?.thumbnail?.width).toBe(320);
  await context.close();
  expect(foreign).toEqual([]);
});

test('an export can leave the photos out, and the full backup always has them', async ({ page }) => {
  const id = await createAssessment(page, 'Parking permits');
  await attachEvidence(page, id);
  await openExchange(page);
  await expect(page.getByTestId('backup-attachments')).toHaveText(/^The backup includes 2 photos and files \(\d+(\.\d)? kB\)\.$/);
  const backup = await download(page, page.getByRole('button', { name: 'Download backup' }));
  expect(JSON.parse(backup.text).attachments).toHaveLength(2);

  const share = page.getByRole('region', { name: 'Send assessments to a colleague' });
  await share.getByRole('checkbox', { name: 'Parking permits' }).check();
  await share.getByRole('checkbox', { name: /^Include the 2 photos and files/ }).uncheck();
  const light = await download(page, share.getByRole('button', { name: 'Download file' }));
  expect(JSON.parse(light.text)).toMatchObject({ formatVersion: 3, attachments: [] });
  expect(light.text.length).toBeLessThan(backup.text.length / 2);
});

test('a file whose photo fails its SHA-256 check is refused whole, and nothing changes', async ({ page }) => {
  const id = await createAssessment(page, 'Waste collection');
  await attachEvidence(page, id);
  await openExchange(page);
  const before = await rawDatabase(page);
  const photos = await storedAttachments(page);
  await page.getByLabel('Choose a file').setInputFiles(`${fixtureDir}bad-attachment-hash.json`);
  const refused = page.getByRole('region', { name: 'This file cannot be imported' });
  await expect(refused.getByRole('listitem')).toHaveText([
    'A photo or file does not match its checksum (SHA-256), so it was changed or damaged after the export (photo or file 1, field sha256).'
  ]);
  await expect(refused.getByText('Nothing was changed on this device.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  expect(await rawDatabase(page)).toBe(before);
  expect(await storedAttachments(page)).toEqual(photos);
});

test('the version 2 example file imports with its photo, its PDF and its snapshots', async ({ page }) => {
  await openExchange(page);
  await pickFile(page, 'v2-with-attachment.tessera.json');
  await expect(page.getByTestId('import-attachments')).toHaveText('2 photos and files, 290 bytes in total. 2 workshop snapshots.');
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByText('2 photos and files imported')).toBeVisible();
  await expect(page.getByText('2 workshop snapshots imported')).toBeVisible();
  const stored = await storedAttachments(page);
  expect(stored.map((a) => [a.name, a.type, a.size])).toEqual([
    ['Πρακτικά εργαστηρίου.pdf', 'application/pdf', 142],
    ['τοίχος-αυτοκόλλητα.png', 'image/png', 148]
  ]);
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('The import was undone.')).toBeVisible();
  expect(await storedAttachments(page)).toEqual([]);
});
