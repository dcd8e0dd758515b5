import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { attachmentsOf, cameraPhoto, ruleCard, smallPdf, storedAttachments } from './support/attachments';

test('a facilitator photographs the whiteboard, finds the thumbnail after a reload, captions it, and deletes it with undo', async ({ page }) => {
  const id = await createAssessment(page, 'Childminder finder');
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  const section = attachmentsOf(ruleCard(page, 1));

  const photo = await cameraPhoto(page);
  expect(photo.length).toBeGreaterThan(1_000_000);
  await section.getByLabel('Take a photo').setInputFiles({ name: 'IMG_0042.JPG', mimeType: 'image/jpeg', buffer: photo });
  await expect(section.getByRole('status')).toHaveText('“IMG_0042.webp” was added.');

  // Downscaled on the device to a long edge of 2,048 px and re-encoded: a fraction of the bytes.
  const [stored] = await storedAttachments(page);
  expect(stored).toMatchObject({
    assessmentId: id,
    ruleId: 'strategy.rule.1',
    type: 'image/webp',
    blobType: 'image/webp',
    width: 2048,
    height: 1536,
    caption: ''
  });
  expect(stored.size).toBeLessThan(photo.length / 2);
  expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(stored.thumbnail).toMatchObject({ width: 320, height: 240 });

  await page.reload();
  await waitForApp(page);
  const tile = section.getByRole('button', { name: 'IMG_0042.webp' });
  await expect(tile).toBeVisible();
  await expect(tile.locator('img')).toHaveJSProperty('naturalWidth', 320);

  // The viewer shows the photo large; the caption is saved at once and becomes its name.
  await tile.click();
  const viewer = page.getByRole('dialog', { name: 'IMG_0042.webp' });
  await expect(viewer.getByRole('img', { name: 'IMG_0042.webp' })).toHaveJSProperty('naturalWidth', 2048);
  await viewer.getByLabel('Caption').fill('Sticky notes on user needs');
  await viewer.getByLabel('Caption').blur();
  await expectSaved(page);
  await expect(page.getByRole('dialog', { name: 'Sticky notes on user needs' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(section.getByRole('button', { name: 'Sticky notes on user needs' })).toBeFocused();

  await section.getByRole('button', { name: 'Sticky notes on user needs' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(section.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByText('“Sticky notes on user needs” was deleted.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  expect(await storedAttachments(page)).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(section.getByRole('button', { name: 'Sticky notes on user needs' })).toBeVisible();
  expect(await storedAttachments(page)).toEqual([{ ...stored, caption: 'Sticky notes on user needs' }]);
});

test('a PDF is kept byte for byte and opens outside the app; the viewer pages through a rule’s files', async ({ page }) => {
  const id = await createAssessment(page, 'Library cards');
  await page.goto(`/assessment/stage?id=${id}&stage=design`);
  await waitForApp(page);
  const section = attachmentsOf(ruleCard(page, 2));
  const pdf = smallPdf();
  const small = await cameraPhoto(page, 300, 225);
  await section.getByLabel('Attach a file').setInputFiles([
    { name: 'workshop-minutes.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'wall.jpg', mimeType: 'image/jpeg', buffer: small }
  ]);
  await expect(section.getByRole('status')).toHaveText(['“workshop-minutes.pdf” was added.', '“wall.webp” was added.'].join(''));
  const stored = await storedAttachments(page);
  expect(stored.map((a) => a.name)).toEqual(['wall.webp', 'workshop-minutes.pdf']);
  expect(stored[1]).toMatchObject({ type: 'application/pdf', size: pdf.length, base64: pdf.toString('base64') });
  // A small photo is re-encoded too (which drops its location data), but not enlarged, and is its own thumbnail.
  expect(stored[0]).toMatchObject({ type: 'image/webp', width: 300, height: 225, thumbnail: null });

  await section.getByRole('button', { name: 'workshop-minutes.pdf' }).click();
  const viewer = page.getByRole('dialog', { name: 'workshop-minutes.pdf' });
  await expect(viewer.getByText('This file cannot be shown inside Tessera. Open or download it.')).toBeVisible();
  await expect(viewer.getByRole('link', { name: /^Open/ })).toHaveAttribute('href', /^blob:/);
  await expect(viewer.getByRole('link', { name: /^Open/ })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(viewer.getByRole('link', { name: 'Download' })).toHaveAttribute('download', 'workshop-minutes.pdf');
  await expect(viewer.getByText('1 of 2')).toBeVisible();
  await viewer.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('dialog', { name: 'wall.webp' }).getByRole('img', { name: 'wall.webp' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: 'workshop-minutes.pdf' })).toBeVisible();
});

test('a file of the wrong kind or too large gets a clear message, and nothing is stored', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-'));
  try {
    const huge = join(dir, 'scan.pdf');
    await writeFile(huge, '');
    await truncate(huge, 26 * 1024 * 1024);
    const id = await createAssessment(page, 'Parking permits');
    await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
    await waitForApp(page);
    const section = attachmentsOf(ruleCard(page, 3));
    await section.getByLabel('Attach a file').setInputFiles(huge);
    await expect(section.getByRole('status')).toHaveText('“scan.pdf” was not added: it is too large (26 MB). Files of up to 25 MB can be attached.');
    await section.getByLabel('Attach a file').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') });
    await expect(section.getByRole('status')).toHaveText('“page.html” was not added: Tessera takes photos and images, PDF and office documents.');
    await section.getByLabel('Take a photo').setInputFiles({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really a jpeg') });
    await expect(section.getByRole('status')).toHaveText('“broken.jpg” was not added: it could not be read. The file may be damaged; try again.');
    expect(await storedAttachments(page)).toEqual([]);
    await expect(section.getByRole('listitem')).toHaveCount(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('deleting an assessment deletes its photos, and undo brings them back', async ({ page }) => {
  const id = await createAssessment(page, 'Waste collection');
  await page.goto(`/assessment/stage?id=${id}&stage=operation`);
  await waitForApp(page);
  await attachmentsOf(ruleCard(page, 1))
    .getByLabel('Take a photo')
    .setInputFiles({ name: 'board.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page, 800, 600) });
  await expect(attachmentsOf(ruleCard(page, 1)).getByRole('status')).toHaveText('“board.webp” was added.');
  const before = await storedAttachments(page);

  await page.getByRole('link', { name: 'Assessments' }).first().click();
  await page.getByRole('button', { name: 'Delete: Waste collection' }).click();
  await page.getByRole('dialog', { name: 'Delete this assessment?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Waste collection' })).toHaveCount(0);
  expect(await storedAttachments(page)).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Waste collection' })).toBeVisible();
  expect(await storedAttachments(page)).toEqual(before);
});

test('in workshop mode the facilitator photographs the wall for the rule on screen', async ({ page }) => {
  const id = await createAssessment(page, 'Building permits');
  await openSections(page);
  await page.getByRole('link', { name: 'Workshop mode' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'The need for the digital service is stated clearly.' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Photos and files' });
  await section.getByLabel('Take a photo').setInputFiles({ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page, 1600, 1200) });
  await expect(section.getByRole('button', { name: 'wall.webp' })).toBeVisible();

  // The same photo is on the rule's card outside the workshop.
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(attachmentsOf(ruleCard(page, 1)).getByRole('button', { name: 'wall.webp' })).toBeVisible();
  await expect(attachmentsOf(ruleCard(page, 2)).getByRole('listitem')).toHaveCount(0);
});

test('the settings page shows how much space photos and files take', async ({ page }) => {
  await page.goto('/settings');
  await waitForApp(page);
  await expect(page.getByTestId('attachments-usage')).toHaveText('No photos or files are attached to golden rules on this device.');
  const id = await createAssessment(page, 'Market stalls');
  await page.goto(`/assessment/stage?id=${id}&stage=design`);
  await waitForApp(page);
  await attachmentsOf(ruleCard(page, 1))
    .getByLabel('Attach a file')
    .setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(300 * 1024, 0x25) });
  await expect(attachmentsOf(ruleCard(page, 1)).getByRole('status')).toHaveText('“minutes.pdf” was added.');
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await expect(page.getByTestId('attachments-usage')).toHaveText('1 photo or file attached to golden rules takes 300 kB on this device.');
});
