// Vote cards (issue #21): a room of 15 cards read by Chromium's fake camera, playing a video made
// from the app's own print view. Figures from the scanner's User Timing entries
// (src/lib/state/card-scanner.svelte.ts): the decoder's loading, each frame's decode, and the time
// from asking for the camera to the 15th card read.
import { chromium } from '@playwright/test';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, round } from './stats.mjs';

const width = 1280;
const height = 720;
const levels = ['Largely', 'Fully', 'Partly', 'Largely', 'Not started'];

/** 15 cards in a 5 × 3 grid on a 1280 × 720 picture (a tablet camera's 720p), some tilted. */
async function roomFrame(browser, url) {
  const page = await browser.newPage();
  await page.goto(`${url}/vote-cards`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const pngs = [];
  for (let card = 1; card <= 15; card++) {
    pngs.push((await page.getByRole('article', { name: `Card ${card}: ${levels[card % levels.length]}` }).screenshot()).toString('base64'));
  }
  const base64 = await page.evaluate(
    async ({ pngs, width, height }) => {
      const canvas = Object.assign(document.createElement('canvas'), { width, height });
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#b9b3a8';
      ctx.fillRect(0, 0, width, height);
      for (const [i, png] of pngs.entries()) {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const scale = 210 / img.height;
        ctx.save();
        ctx.translate(128 + (i % 5) * 256, 120 + Math.floor(i / 5) * 240);
        ctx.rotate((((i * 7) % 5) - 2) * 0.08);
        ctx.scale(scale, scale);
        ctx.drawImage(img, -img.width / 2, -img.height / 2);
        ctx.restore();
      }
      const data = ctx.getImageData(0, 0, width, height).data;
      let text = '';
      for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return btoa(text);
    },
    { pngs, width, height }
  );
  const set = await page.evaluate(() => localStorage.getItem('tessera.voteCards'));
  await page.context().close();
  return { rgba: Buffer.from(base64, 'base64'), set };
}

/** RGBA → I420 (full-range BT.601), as a Y4M of one frame (Chromium repeats it). */
function y4m(rgba) {
  const ySize = width * height;
  const out = Buffer.alloc(ySize * 1.5);
  const px = (x, y, c) => rgba[(y * width + x) * 4 + c];
  for (let i = 0; i < ySize; i++) out[i] = Math.round(0.299 * rgba[i * 4] + 0.587 * rgba[i * 4 + 1] + 0.114 * rgba[i * 4 + 2]);
  for (let y = 0; y < height / 2; y++) {
    for (let x = 0; x < width / 2; x++) {
      const avg = (c) => (px(2 * x, 2 * y, c) + px(2 * x + 1, 2 * y, c) + px(2 * x, 2 * y + 1, c) + px(2 * x + 1, 2 * y + 1, c)) / 4;
      const [r, g, b] = [avg(0), avg(1), avg(2)];
      const clamp = (v) => Math.max(0, Math.min(255, Math.round(v)));
      out[ySize + y * (width / 2) + x] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
      out[ySize * 1.25 + y * (width / 2) + x] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
    }
  }
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), out]);
}

/** One scan in a fresh page: open the scanner, wait for 15 of 15, read the timings. */
async function oneScan(browser, url, set) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.addInitScript((value) => localStorage.setItem('tessera.voteCards', value), set);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Service name').fill('Bench');
  await dialog.getByLabel('Organisation').fill('Bench');
  await dialog.getByRole('button', { name: 'Create and open' }).click();
  const id = await page.waitForURL(/id=/).then(() => new URL(page.url()).searchParams.get('id'));
  await page.goto(`${url}/assessment/workshop?id=${id}`);
  await page.getByRole('button', { name: 'Scan vote cards' }).click();
  await page.getByTestId('cards-read').filter({ hasText: '15 of 15 cards read' }).waitFor({ timeout: 60_000 });
  // A few more frames of the full room, for the per-frame figure.
  await page.waitForFunction(() => performance.getEntriesByName('tessera:vote-cards:frame').filter((e) => e.detail.codes >= 15).length >= 8, null, {
    timeout: 60_000
  });
  const timings = await page.evaluate(() => ({
    decoder: performance.getEntriesByName('tessera:vote-cards:decoder')[0].duration,
    allRead: performance.getEntriesByName('tessera:vote-cards:all-read')[0].duration,
    frames: performance
      .getEntriesByName('tessera:vote-cards:frame')
      .filter((e) => e.detail.codes >= 15)
      .map((e) => e.duration),
    kind: performance.getEntriesByName('tessera:vote-cards:frame')[0].detail.decoder
  }));
  await context.close();
  return timings;
}

export async function voteCardFigures(browser, url, executablePath, args) {
  const { rgba, set } = await roomFrame(browser, url);
  const file = join(tmpdir(), `tessera-bench-cards-${process.pid}.y4m`);
  writeFileSync(file, y4m(rgba));
  const camera = await chromium.launch({
    executablePath,
    args: [...args, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`]
  });
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await oneScan(camera, url, set));
    return {
      decoder: runs[0].kind,
      frame: `${width}×${height}, 15 cards`,
      decoderLoadMs: round(median(runs.map((r) => r.decoder)), 0),
      frameDecodeMs: round(median(runs.flatMap((r) => r.frames)), 0),
      cameraToAll15Ms: round(median(runs.map((r) => r.allRead)), 0),
      runs: 3
    };
  } finally {
    await camera.close();
    rmSync(file, { force: true });
  }
}
