import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env.PORT ?? 4173);
/** The CouchDB stand-in for Team space tests (its own loopback port; the app reaches it as /couchdb/). */
export const couchPort = Number(process.env.COUCHDB_PORT ?? 5989);
export const executablePath =
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p)) ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium here: no sandbox as root, and no calls home on a closed network. */
export const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];

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
