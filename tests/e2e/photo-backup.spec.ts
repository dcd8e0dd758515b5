import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { colleagueContext, download, fixtureDir, openExchange, pickFile, rawDatabase } from './support/exchange';

/*
 * A year of workshops on one tablet (issue #20): a backup heavy with photos goes out and comes back
 * whole, through the same code as the 300-photo backup of the benchmark (tests/bench/), with 30.
 */

const PHOTOS = 30;
const PHOTO_BYTES = 400 * 1024;

interface FilePhoto {
  id: string;
  size: number;
  sha256: string;
  data: string;
}

/**
 * The version 3 fixture with 30 photos of random bytes on its assessment, as Tessera writes a file;
 * with another prefix, the photos and the assessment get other ids (a second workshop).
 */
function photoBackup(prefix = 'photo'): { name: string; text: string; photos: FilePhoto[] } {
  const envelope = JSON.parse(readFileSync(`${fixtureDir}v3-with-clocks.tessera.json`, 'utf8')) as Record<string, unknown>;
  const [fixtureAssessment] = envelope.assessments as { id: string }[];
  const assessment = prefix === 'photo' ? fixtureAssessment : { ...fixtureAssessment, id: `${fixtureAssessment.id}-${prefix}` };
  envelope.assessments = [assessment];
  const photos = Array.from({ length: PHOTOS }, (_, i) => {
    const bytes = randomBytes(PHOTO_BYTES);
    return {
      id: `${prefix}-${String(i + 1).padStart(2, '0')}`,
      assessmentId: assessment.id,
      ruleId: 'strategy.rule.1',
      name: `wall-${i + 1}.jpg`,
      type: 'image/jpeg',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      caption: `Wall ${i + 1}`,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      data: bytes.toString('base64')
    };
  });
  const text = `${JSON.stringify({ ...envelope, attachments: photos, snapshots: [] }, null, 2)}\n`;
  return { name: 'tessera-backup-2026-11-20.json', text, photos };
}

/** Each stored photo: its id, stated size and hash, and the SHA-256 of the bytes really stored. */
async function storedPhotos(page: Page): Promise<{ id: string; size: number; sha256: string; actual: string }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tessera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ id: string; size: number; sha256: string; blob: Blob }[]>((resolve, reject) => {
      const request = db.transaction('attachments').objectStore('attachments').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    const out = [];
    for (const row of rows)
      out.push({ id: row.id, size: row.size, sha256: row.sha256, actual: hex(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer())) });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  });
}

const expected = (photos: FilePhoto[]) => photos.map((p) => ({ id: p.id, size: p.size, sha256: p.sha256, actual: p.sha256 }));

/** Imports a file on the exchange page with the default choices. */
async function importFile(page: Page, file: { name: string; text: string }): Promise<void> {
  await openExchange(page);
  await pickFile(page, file);
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
}

/** Slows this page's CPU so that reading or writing 12 MB of photos lasts well beyond the 2 s after which progress shows. */
async function slowDown(page: Page, rate = 40): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

test('a backup of 30 photos is imported, exported byte for byte the same, and imported whole on a colleague’s tablet', async ({ page, browser, baseURL }) => {
  test.slow();
  const file = photoBackup();
  await importFile(page, file);
  expect(await storedPhotos(page)).toEqual(expected(file.photos));

  const backup = await download(page, page.getByRole('button', { name: 'Download backup' }));
  // The streamed file is the pretty-printed JSON Tessera always wrote, with every photo's base64 as it came in.
  const parsed = JSON.parse(backup.text) as { formatVersion: number; attachments: FilePhoto[] };
  expect(backup.text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  expect(parsed.formatVersion).toBe(3);
  expect(parsed.attachments.map(({ id, size, sha256, data }) => ({ id, size, sha256, data }))).toEqual(
    file.photos.map(({ id, size, sha256, data }) => ({ id, size, sha256, data }))
  );

  const { context, foreign } = await colleagueContext(browser, baseURL);
  const colleague = await context.newPage();
  await importFile(colleague, backup);
  expect(await storedPhotos(colleague)).toEqual(expected(file.photos));
  await context.close();
  expect(foreign).toEqual([]);
});

test('a photo changed after the export refuses the whole file, naming the photo, and nothing is stored', async ({ page }) => {
  const file = photoBackup();
  const changed = file.photos[16].data.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
  await openExchange(page);
  const before = await rawDatabase(page);
  await pickFile(page, { name: file.name, text: file.text.replace(file.photos[16].data, changed) });
  const refused = page.getByRole('region', { name: 'This file cannot be imported' });
  await expect(refused.getByRole('listitem')).toHaveText([
    'A photo or file does not match its checksum (SHA-256), so it was changed or damaged after the export (photo or file 17, field sha256).'
  ]);
  await expect(refused.getByText('Nothing was changed on this device.')).toBeVisible();
  expect(await rawDatabase(page)).toBe(before);
});

test('a long import shows its progress and can be cancelled before anything is written', async ({ page }) => {
  test.slow();
  await openExchange(page);
  const before = await rawDatabase(page);
  await slowDown(page);
  await pickFile(page, photoBackup());
  const bar = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^(Reading the file: .+ of .+|Checking photos and files: \d+ of 30 \(.+ of 11\.7 MB\))$/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Import cancelled. Nothing was changed.');
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  expect(await rawDatabase(page)).toBe(before);
});

test('a long export shows photos done of all and can be cancelled: no file is made', async ({ page }) => {
  test.slow();
  // 60 photos (two files of 30 on one assessment): writing them lasts long enough at this speed to press Cancel.
  await importFile(page, photoBackup());
  await importFile(page, photoBackup('more'));
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await slowDown(page, 60);
  await page.getByRole('button', { name: 'Download backup' }).click();
  const bar = page.getByRole('progressbar', { name: 'Export progress' });
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Adding photos and files to the file: \d+ of 60 \(.+ of 23\.4 MB\)$/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Export cancelled: no file was made.')).toBeVisible();
  await expect(bar).toHaveCount(0);
  expect(downloads).toEqual([]);
});
