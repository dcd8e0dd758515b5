import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chromiumArgs, executablePath } from '../playwright.config';
import { checkA11y } from './support/a11y';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { translator, useLanguage } from './support/i18n';
import { overlappingWords, pdfLayout } from './support/pdf-boxes';
import { writeY4m } from './support/y4m';
import { waitForServiceWorker } from './support/pwa';

// This spec is about the service worker, or needs it (offline reloads): the suite blocks it elsewhere.
test.use({ serviceWorkers: 'allow' });

/**
 * The room holds up its printed cards and Chromium's fake camera plays them: a Y4M video made in
 * the test from the app's own print view (element screenshots of the real cards, composed on a
 * canvas, converted to I420). Chromium opens the file when a page asks for the camera, so the
 * test writes it after printing and before scanning. One file per worker process.
 */
const video = `/tmp/tessera-vote-cards-${process.pid}.y4m`;
test.use({
  launchOptions: {
    executablePath,
    args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]
  }
});
test.afterAll(() => rmSync(video, { force: true }));

const width = 640;
const height = 480;
type Level = 'Not started' | 'Partly' | 'Largely' | 'Fully' | 'Not applicable';
/** What each of the 15 participants holds up in the end: 2 Not started, 3 Partly, 6 Largely, 3 Fully, 1 Not applicable. */
const room: Level[] = [
  'Largely',
  'Largely',
  'Fully',
  'Partly',
  'Not started',
  'Largely',
  'Fully',
  'Largely',
  'Partly',
  'Not applicable',
  'Largely',
  'Fully',
  'Not started',
  'Largely',
  'Partly'
];

interface Placement {
  png: Buffer;
  /** Where the card's centre goes, its height in pixels and its turn in degrees. */
  x: number;
  y: number;
  height: number;
  angle: number;
}

/** The frame's cells: six across, three down, on a 640 × 480 picture. */
const cell = (i: number, size = 130, angle = 0) => ({ x: 53 + (i % 6) * 106.7, y: 80 + Math.floor(i / 6) * 160, height: size, angle });
/** Cards 5 and 11 are further away (small), 2 and 8 are tilted, 13 is held sideways. */
const pose = (card: number) => cell(card - 1, [5, 11, 13].includes(card) ? 100 : 130, card === 2 ? 12 : card === 8 ? -15 : card === 13 ? 90 : 0);

/** Draws the cards on a wall-coloured 640 × 480 canvas in the page and returns its RGBA pixels. */
async function composeFrame(page: Page, placements: Placement[]): Promise<Uint8Array> {
  const base64 = await page.evaluate(
    async ({ items, width, height }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#b9b3a8';
      ctx.fillRect(0, 0, width, height);
      for (const item of items) {
        const img = new Image();
        img.src = `data:image/png;base64,${item.png}`;
        await img.decode();
        const scale = item.height / img.height;
        ctx.save();
        ctx.translate(item.x, item.y);
        ctx.rotate((item.angle * Math.PI) / 180);
        ctx.scale(scale, scale);
        ctx.drawImage(img, -img.width / 2, -img.height / 2);
        ctx.restore();
      }
      const data = ctx.getImageData(0, 0, width, height).data;
      let text = '';
      for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return btoa(text);
    },
    { items: placements.map((p) => ({ ...p, png: p.png.toString('base64') })), width, height }
  );
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** Records every camera stream the page opens, so the test can see whether any track is still live. */
async function watchCamera(page: Page) {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { __cameraStreams: MediaStream[] }).__cameraStreams = streams;
    const media = navigator.mediaDevices;
    const open = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      streams.push(stream);
      return stream;
    };
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { __cameraStreams: MediaStream[] }).__cameraStreams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length
    );
}

test('the room votes with printed cards, offline: the camera reads them all, last card wins, the blind tally is revealed as usual', async ({
  page,
  browser,
  context
}) => {
  const liveTracks = await watchCamera(page);
  await createAssessment(page, 'Building permits');
  await openSections(page);
  await page.getByRole('link', { name: 'Workshop mode' }).first().click();
  const votes = page.getByRole('region', { name: 'Votes' });
  await votes.getByRole('link', { name: 'Print vote cards' }).click();

  // The print view: 15 participants by default, five cards each.
  await expect(page.getByRole('heading', { level: 1, name: 'Vote cards' })).toBeVisible();
  await expect(page.getByLabel('Participants (up to 40)')).toHaveValue('15');
  await expect(page.getByRole('article', { name: /^Card \d+: / })).toHaveCount(75);
  await checkA11y(page, 'vote cards print view');
  const shot = (card: number, level: Level) => page.getByRole('article', { name: `Card ${card}: ${level}` }).screenshot();

  // A card of another facilitator's set (another device: its own storage, its own set id).
  const other = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const otherPage = await other.newPage();
  await otherPage.goto('/vote-cards');
  const foreignCard = await otherPage.getByRole('article', { name: 'Card 7: Not started' }).screenshot();
  await other.close();

  // First the early hands: cards 1 to 5, card 3 on Partly. Then the whole room, card 3 changed to
  // Fully, and the other set's card. Four seconds of the first, forty of the second.
  const early: Placement[] = [];
  for (let card = 1; card <= 5; card++) early.push({ png: await shot(card, card === 3 ? 'Partly' : room[card - 1]), ...pose(card) });
  const everyone: Placement[] = [];
  for (let card = 1; card <= 15; card++) everyone.push({ png: await shot(card, room[card - 1]), ...pose(card) });
  everyone.push({ png: foreignCard, ...cell(15) });
  const first = await composeFrame(page, early);
  const second = await composeFrame(page, everyone);
  writeY4m(video, width, height, 1, [...Array<Uint8Array>(4).fill(first), ...Array<Uint8Array>(40).fill(second)]);

  // The workshop room has no network: the scanner's code and its WebAssembly come from the precache.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const wasm: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm')) wasm.push({ url: new URL(response.url()).pathname, fromServiceWorker: response.fromServiceWorker() });
  });
  await page.getByRole('link', { name: 'Back to the workshop' }).click();
  await expect(votes.getByRole('radio', { name: 'Hidden until revealed' })).toBeChecked();
  await votes.getByRole('button', { name: 'Scan vote cards' }).click();
  const scan = page.getByRole('dialog', { name: 'Vote cards' });
  // The early hands are read (card 3 on Partly among them), then the whole room.
  const count = scan.getByTestId('cards-read');
  await expect(count).toHaveText('5 of 15 cards read');
  await expect(scan.getByText('Still to read: 6, 7, 8, 9, 10, 11, 12, 13, 14 and 15')).toBeVisible();
  await expect(count).toHaveText('15 of 15 cards read', { timeout: 30_000 });
  await expect(scan.getByText('Every card has been read.', { exact: true })).toBeVisible();
  await expect(scan.getByText('1 code from another card set ignored')).toBeVisible();
  // Blind: how many cards were read, never how they voted.
  await expect(scan.getByText('The votes stay hidden: only the cards read are counted here.')).toBeVisible();
  await expect(scan.getByRole('definition')).toHaveCount(0);
  await expect(scan.getByRole('status')).toHaveText('15 of 15 cards read. Every card has been read.');
  expect(await liveTracks()).toBe(1);
  expect(wasm).toEqual([{ url: expect.stringMatching(/^\/_app\/immutable\/assets\/zxing_reader\.[\w-]+\.wasm$/), fromServiceWorker: true }]);

  // Fourteen votes: the "not applicable" card is read but is no level. (Counted at once: the video
  // starts again after 44 s, with card 3 on Partly.)
  await scan.getByRole('button', { name: 'Count these 14 votes' }).click();
  await expect(scan).toBeHidden();
  expect(await liveTracks()).toBe(0);
  await expect(votes.getByText('14 votes cast', { exact: true })).toBeVisible();
  await expect(votes.getByRole('status')).toHaveText('15 cards counted.');
  await expectSaved(page);

  // The reveal is the manual one; card 3's last reading (Fully) counted, not its first (Partly).
  await votes.getByRole('button', { name: 'Reveal the votes' }).click();
  await expect(votes.getByRole('status')).toHaveText('Votes revealed: Not started: 2, Partly: 3, Largely: 6 and Fully: 3.');

  // The tally survives a reload (offline still).
  await page.reload();
  await expect(votes.getByText('14 votes cast', { exact: true })).toBeVisible();
});

test('the camera stops when the page is hidden and when the scan is closed', async ({ page }) => {
  // An empty room: a wall and no cards.
  writeY4m(video, width, height, 1, [new Uint8Array(width * height * 4).fill(200)]);
  const liveTracks = await watchCamera(page);
  await createAssessment(page, 'Waste collection');
  await openSections(page);
  await page.getByRole('link', { name: 'Workshop mode' }).first().click();
  const votes = page.getByRole('region', { name: 'Votes' });
  await votes.getByRole('button', { name: 'Scan vote cards' }).click();
  const scan = page.getByRole('dialog', { name: 'Vote cards' });
  await expect(scan.getByText('Everyone holds up the card of their level', { exact: false })).toBeVisible();
  await expect.poll(liveTracks).toBe(1);
  await checkA11y(page, 'vote card scan');

  // The tablet goes to another app: the camera is let go, and offered again on return.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(liveTracks).toBe(0);
  await expect(scan.getByText('The camera turned off while Tessera was in the background.', { exact: false })).toBeVisible();
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await scan.getByRole('button', { name: 'Turn the camera on again' }).click();
  await expect.poll(liveTracks).toBe(1);

  await scan.getByRole('button', { name: 'Cancel' }).click();
  await expect(scan).toBeHidden();
  await expect.poll(liveTracks).toBe(0);
  await expect(votes.getByText('0 votes cast', { exact: true })).toBeVisible();
});

test('a refused camera says so, and the votes are counted with the buttons', async ({ page }) => {
  // The browser's answer when the user (or a policy) refuses the camera.
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await createAssessment(page, 'Library cards');
  await openSections(page);
  await page.getByRole('link', { name: 'Workshop mode' }).first().click();
  const votes = page.getByRole('region', { name: 'Votes' });
  await votes.getByRole('button', { name: 'Scan vote cards' }).click();
  const scan = page.getByRole('dialog', { name: 'Vote cards' });
  await expect(scan.getByRole('alert')).toHaveText(/Tessera may not use the camera\. Allow it in the browser’s settings/);
  await scan.getByRole('button', { name: 'Count with the buttons' }).click();
  await expect(scan).toBeHidden();
  await votes.getByRole('button', { name: 'Vote: Partly' }).click();
  await expect(votes.getByText('1 vote cast', { exact: true })).toBeVisible();
});

/** Each card size: how many cards an A4 page holds, how wide the drawn code is (mm, 2-module quiet zone included). */
const sizes = [
  { size: 'a4', perPage: 1, pages: 10, codeMm: 190 },
  { size: 'a5', perPage: 2, pages: 5, codeMm: 130 },
  { size: 'a6', perPage: 4, pages: 3, codeMm: 100 }
] as const;

test('the cards print on A4 pages one, two or four at a time, in the workshop’s language, the code as large as the card allows', async ({ page }, testInfo) => {
  const t = translator('el');
  await useLanguage(page, 'el');
  await page.goto('/vote-cards');
  await waitForApp(page);
  const count = page.getByLabel(t('workshop:cards.sheet.participants', { max: 40 }));
  await count.fill('2');
  await count.press('Enter');
  const sizeGroup = page.getByRole('group', { name: t('workshop:cards.sheet.size.legend') });
  const option = (size: (typeof sizes)[number]) => sizeGroup.getByRole('radio', { name: t(`workshop:cards.sheet.size.${size.size}`, { count: size.pages }) });
  // A4 by default: the size that reads from 4–5 m.
  await expect(option(sizes[0])).toBeChecked();
  await expect(page.getByRole('article', { name: t('workshop:cards.sheet.card', { number: 2, level: t('rating.not-applicable') }) })).toBeVisible();
  mkdirSync(testInfo.outputDir, { recursive: true });

  for (const size of sizes) {
    await page.emulateMedia({ media: 'screen' });
    await option(size).check();
    await expect(page.getByText(t('workshop:cards.sheet.pages', { count: size.pages }), { exact: false })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    // Millimetres at 96 px to the inch; the code itself is 21 of the 25 modules drawn.
    const box = await page.locator('svg.qr').first().boundingBox();
    expect(Math.round(box?.width ?? 0)).toBe(Math.round((size.codeMm * 96) / 25.4));
    // The aim of issue #21: on A4, a code of at least 170 mm reads from 4–5 m.
    if (size.size === 'a4') expect(box?.width ?? 0).toBeGreaterThanOrEqual((170 * 96) / 25.4);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const out = testInfo.outputPath(`vote-cards-el-${size.size}.pdf`);
    writeFileSync(out, pdf);
    await testInfo.attach(`vote cards, Greek, ${size.size.toUpperCase()}`, { path: out, contentType: 'application/pdf' });

    const layout = pdfLayout(pdf);
    expect(layout.pages).toHaveLength(size.pages);
    for (const p of layout.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    const words = (n: number) => layout.pages[n].words.map((w) => w.text);
    // Every card whole on one page: its footer ("Tessera · …") printed once per card, the set's ten cards in all.
    const perPage = layout.pages.map((_, n) => words(n).filter((w) => w === 'Tessera').length);
    expect(perPage).toEqual(Array.from({ length: size.pages }, (_, n) => Math.min(size.perPage, 10 - n * size.perPage)));
    // Card 1's first card opens the set, the level's name in Greek beside its code; card 2's last closes it.
    expect(words(0)).toEqual(expect.arrayContaining(['1', 'Δεν', 'ξεκινήσει']));
    expect(words(size.pages - 1)).toEqual(expect.arrayContaining(['2', 'εφαρμόζεται']));
    expect(overlappingWords(layout)).toEqual([]);
  }

  // The size chosen last is the next print's.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await waitForApp(page);
  await expect(option(sizes[2])).toBeChecked();
});
