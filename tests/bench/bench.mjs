// `npm run bench`: builds Tessera, serves the production build on localhost, measures it with
// Playwright (Debian's Chromium) and Lighthouse, and prints one JSON object of figures.
// Timed figures are medians (or p95) of several runs; see README "Performance".
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, startPreview } from './server.mjs';
import { initialJs, precacheSize } from './sizes.mjs';
import { lighthouse } from './lighthouse.mjs';
import { offlineColdStart } from './offline-start.mjs';
import { saveLatency } from './save-latency.mjs';
import { largeDataFigures } from './large-data.mjs';
import { kib } from './stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4310);
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chromePath) {
  console.error('No Chromium found: run `node tests/tools/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  process.exit(1);
}
const only = process.env.BENCH_ONLY?.split(',');
const want = (name) => !only || only.includes(name);
const log = (msg) => console.error(`[bench] ${msg}`);

log('building');
build(root);
const server = await startPreview(root, port);
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage']
});

const figures = { app: 'tessera', date: new Date().toISOString(), node: process.version };
try {
  if (want('size')) {
    log('sizes');
    const js = await initialJs(browser, server.url);
    const precache = precacheSize(`${root}/build`);
    figures.initialJsGzipKiB = kib(js.gzip);
    figures.initialJsFiles = js.files;
    figures.precache = { files: precache.files, rawKiB: kib(precache.raw), gzipKiB: kib(precache.gzip) };
  }
  if (want('lighthouse')) {
    log('lighthouse mobile (3 runs)');
    figures.lighthouseMobile = lighthouse(server.url, 'mobile', chromePath);
    log('lighthouse desktop (3 runs)');
    figures.lighthouseDesktop = lighthouse(server.url, 'desktop', chromePath);
  }
  if (want('offline')) {
    log('offline cold start');
    figures.offlineColdStart = await offlineColdStart(browser, server.url);
  }
  if (want('save')) {
    log('save latency');
    figures.saveLatency = await saveLatency(browser, server.url);
  }
  if (want('large')) {
    log('1,000 assessments: import, list, heap');
    Object.assign(figures, await largeDataFigures(browser, server.url));
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(JSON.stringify(figures, null, 2));
