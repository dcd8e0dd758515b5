// `npm run bench`: builds Tessera, serves the production build on localhost, measures it with
// Playwright (Debian's Chromium) and Lighthouse, and prints one JSON object of figures.
// Timed figures are medians (or p95) of several runs; see README "Performance".
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, startPreview } from './server.mjs';
import { firstPageComposition, initialJs, precacheSize } from './sizes.mjs';
import { lighthouse, lighthouseBesideMinimal } from './lighthouse.mjs';
import { buildMinimalApp } from './minimal-app.mjs';
import { startPageWithoutScripts } from './page-without-scripts.mjs';
import { webkitFigures } from './webkit.mjs';
import { offlineColdStart } from './offline-start.mjs';
import { saveLatency } from './save-latency.mjs';
import { largeDataFigures } from './large-data.mjs';
import { list5000Figures, photoBackupFigures } from './year-of-workshops.mjs';
import { kib } from './stats.mjs';
import { teamSyncFigures } from './team-sync.mjs';
import { voteCardFigures } from './vote-cards.mjs';
import { startCouchStandIn } from '../tools/couchdb-standin.mjs';

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
// The build plugin reports what the first page's chunk is made of (src/build/first-page-chunk.ts).
const firstPageReport = join(mkdtempSync(join(tmpdir(), 'tessera-first-page-')), 'modules.json');
process.env.TESSERA_FIRST_PAGE_REPORT = firstPageReport;
build(root);
// Team space figures: the CouchDB stand-in on its own loopback port, proxied under /couchdb/.
const standIn = want('sync') ? await startCouchStandIn(Number(process.env.BENCH_COUCHDB_PORT ?? 4311)) : null;
if (standIn) process.env.TESSERA_COUCHDB_PROXY = standIn.url;
const server = await startPreview(root, port);
const browserArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];
const browser = await chromium.launch({ executablePath: chromePath, args: browserArgs });

const figures = { app: 'tessera', date: new Date().toISOString(), node: process.version };
try {
  if (want('size')) {
    log('sizes');
    const js = await initialJs(browser, server.url);
    const precache = precacheSize(`${root}/build`);
    figures.initialJsGzipKiB = kib(js.gzip);
    figures.initialJsFiles = js.files;
    // A screen after the first page (no such assessment: the page loads all its code and says so).
    const stage = await initialJs(browser, `${server.url}/assessment/stage?id=bench&stage=strategy`);
    figures.stagePageJs = { files: stage.files, gzipKiB: kib(stage.gzip) };
    figures.firstPageChunkKiBByPart = firstPageComposition(firstPageReport);
    figures.precache = { files: precache.files, rawKiB: kib(precache.raw), gzipKiB: kib(precache.gzip) };
  }
  if (want('lighthouse')) {
    log("lighthouse mobile (3 runs), in turn with a minimal SvelteKit app and Tessera's first page without its scripts");
    const minimal = await startPreview(buildMinimalApp(root), port + 2);
    const withoutScripts = await startPageWithoutScripts(join(root, 'build'), port + 4);
    try {
      const mobile = lighthouseBesideMinimal(server.url, minimal.url, chromePath, undefined, withoutScripts.url);
      figures.lighthouseMobile = mobile.app;
      figures.lighthouseMobileMinimalApp = mobile.minimalApp;
      figures.lighthouseMobileGapToMinimalApp = { points: mobile.gapPoints, ratio: mobile.ratio };
      figures.lighthouseMobilePageWithoutScripts = mobile.pageWithoutScripts;
    } finally {
      minimal.stop();
      withoutScripts.stop();
    }
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
  if (want('list5000')) {
    log('5,000 assessments: list and search');
    Object.assign(figures, await list5000Figures(browser, server.url));
  }
  if (want('webkit')) {
    log('WebKit (WebKitGTK through WebDriver): 5,000 assessments, list and search');
    figures.webkit = webkitFigures(root);
  }
  if (want('photos')) {
    log('a backup of 300 photos: export, then import on a fresh browser, with peak heap');
    figures.photoBackup = await photoBackupFigures(browser, server.url);
  }
  if (want('cards')) {
    log('vote cards: a room of 15 read by the fake camera (3 runs)');
    figures.voteCards = await voteCardFigures(browser, server.url, chromePath, browserArgs);
  }
  if (standIn) {
    log('Team space: first pull of 1,000 assessments, one edit (3 runs)');
    Object.assign(figures, await teamSyncFigures(browser, server.url, standIn));
  }
} finally {
  await browser.close();
  server.stop();
  await standIn?.close();
}
console.log(JSON.stringify(figures, null, 2));
