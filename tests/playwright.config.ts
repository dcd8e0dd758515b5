import { defineConfig, devices } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { addressBarPopup } from './tools/chromium-features.mjs';

const port = Number(process.env.PORT ?? 4173);
/** The CouchDB stand-in for Team space tests (its own loopback port; the app reaches it as /couchdb/). */
export const couchPort = Number(process.env.COUCHDB_PORT ?? 5989);
export const executablePath =
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p)) ?? '/usr/bin/chromium';

/**
 * Chromium's feature switches, with Playwright's own lists read from its bundle: Chromium reads
 * only the last --disable-features and the last --enable-features, so ours repeat Playwright's.
 * - Off: the address bar's popup. Since about 150 Chromium loads it, a WebUI page with its own
 *   renderer, into every new window, headless too: each browser context paid for it, about a fifth
 *   of the suite's time.
 * - Off: the spare renderer. Chromium starts a second renderer process beside each new page, kept
 *   warm for a navigation to another site; the app is one site, so every context started a
 *   renderer it never used (two renderers per context instead of one). 45 tests, run in turn:
 *   133 and 132 s without it, 148 and 138 s with it.
 * - On: the network service inside the browser process, as the GPU's (--in-process-gpu). On this
 *   sandboxed machine a third of the CPU goes to the kernel, much of it messages between processes:
 *   the two together cut a 50-test run from 137 s to 107 s.
 * If Playwright's lists cannot be read, Chromium keeps its defaults and the suite runs slower.
 */
function featureSwitches(): string[] {
  const off = [...addressBarPopup, 'SpareRendererForSitePerProcess'];
  const on = ['NetworkServiceInProcess2'];
  const names = (list: string | undefined) => list?.match(/"[A-Za-z0-9]+"/g)?.map((name) => name.slice(1, -1)) ?? [];
  try {
    const bundle = readFileSync(createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'), 'utf8');
    const playwrightOff = names(bundle.match(/disabledFeatures = \[([^\]]*)\]/)?.[1]);
    const playwrightOn = names(bundle.match(/enabledFeatures = \(\) => \[([^\]]*)\]/)?.[1]);
    if (playwrightOff.length > 0 && playwrightOn.length > 0) {
      return [`--disable-features=${[...playwrightOff, ...off].join(',')}`, `--enable-features=${[...playwrightOn, ...on].join(',')}`];
    }
  } catch {
    // Playwright's files moved: keep its own lists.
  }
  console.warn("Playwright's lists of Chromium features were not found: the browser tests run slower.");
  return [];
}

/** Flags for Debian's Chromium here: no sandbox as root, no calls home on a closed network, fewer processes. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-dev-shm-usage',
  '--in-process-gpu',
  ...featureSwitches()
];

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  // Three on two cores: with two, the cores sat idle about a third of the time (tests wait on the
  // browser, IndexedDB and animations); the suite has passed with three on a machine loaded to 15.
  workers: 3,
  retries: process.env.CI ? 1 : 0,
  // A test that passes only on its retry is flaky, and fails the run; its first retry keeps a trace.
  failOnFlakyTests: true,
  // A safety net for a test that hangs, not a measure: long journeys (two tablets, a sync, a merge)
  // take 20–40 s on an idle machine and must still pass on one loaded three times over.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // The tablet the app is designed for first: an iPad in landscape.
    viewport: { width: 1024, height: 768 },
    locale: 'en-GB',
    launchOptions: { executablePath, args: chromiumArgs },
    // The suite is bound by the CPU, and a service worker precaches the whole build (about 180
    // files) in every fresh context: a quarter of the run's time. The specs about the service
    // worker itself (install, offline, update, privacy, Team space, vote cards offline) turn it
    // back on with `test.use({ serviceWorkers: 'allow' })`; so does the WebKit suite, always.
    serviceWorkers: 'block',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure'
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1024, height: 768 }, launchOptions: { executablePath, args: chromiumArgs } } }
  ],
  // Always the production build: dev mode has no service worker.
  webServer: [
    {
      command: `node tests/tools/couchdb-standin.mjs ${couchPort}`,
      cwd: '..',
      url: `http://127.0.0.1:${couchPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe'
    },
    {
      command: `npm run build && npx vite preview --port ${port} --strictPort`,
      cwd: '..',
      url: `http://localhost:${port}`,
      env: { TESSERA_COUCHDB_PROXY: `http://127.0.0.1:${couchPort}` },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe'
    }
  ]
});
