// Lighthouse, run from npm at a pinned version (not a project dependency: only the benchmark needs
// its ~200 packages), against Debian's Chromium with the flags this network requires.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addressBarPopup } from '../tools/chromium-features.mjs';
import { median, round } from './stats.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
let chromeFlags;

/**
 * The Chromium flags of every run. Chromium 150 and later load the address bar's popup (a WebUI
 * page) into every new window, headless too, and it ran in the page's renderer, on its main thread,
 * during the page's load: Lighthouse counted its 20–75 ms tasks (unthrottled) as the page's, in
 * Tessera's runs and in the minimal app's alike, and no phone has them. So it is turned off. Chromium
 * reads only the last --disable-features, which would drop chrome-launcher's own list: ours repeats
 * it, read from the chrome-launcher that Lighthouse runs with.
 */
function flags() {
  if (chromeFlags) return chromeFlags;
  let launcher = [];
  try {
    // node_modules/.bin/lighthouse → node_modules/lighthouse/cli/index.js; chrome-launcher beside it.
    const cli = realpathSync(execFileSync('npx', ['--yes', '-p', LIGHTHOUSE, '-c', 'command -v lighthouse'], { encoding: 'utf8' }).trim());
    const source = readFileSync(join(dirname(cli), '..', '..', 'chrome-launcher', 'dist', 'flags.js'), 'utf8');
    const list = source.match(/'--disable-features=' \+\s*\[([\s\S]*?)\]\.join/)?.[1] ?? '';
    launcher = [...list.replace(/\/\/.*$/gm, '').matchAll(/'([A-Za-z0-9]+)'/g)].map((m) => m[1]);
  } catch {
    // Not found: the runs go on without chrome-launcher's list.
  }
  if (launcher.length === 0) console.warn("chrome-launcher's list of disabled features was not found: Lighthouse's Chromium runs without it.");
  chromeFlags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-dev-shm-usage',
    `--disable-features=${[...launcher, ...addressBarPopup].join(',')}`
  ].join(' ');
  return chromeFlags;
}

let kept = 0;

/**
 * With BENCH_LH_REPORTS=<folder>, every run's full report is kept there, numbered in run order
 * (`03-mobile-4310.json`): its metrics audit has the observed paints beside Lantern's simulated
 * ones, and its network requests, long tasks and LCP element show why a run scored what it did.
 */
function keepReport(out, url, preset) {
  const folder = process.env.BENCH_LH_REPORTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  kept += 1;
  copyFileSync(out, join(folder, `${String(kept).padStart(2, '0')}-${preset}-${new URL(url).port}.json`));
}

/** The machine's CPU time so far, all cores: idle and total (Linux's /proc/stat, in clock ticks). */
function cpuTimes() {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { idle: ticks[3] + (ticks[4] ?? 0), total: ticks.reduce((sum, n) => sum + n, 0) };
}

/**
 * Waits until the machine is idle (under 5% of its CPU busy over a second), for at most a minute.
 * A run that starts while the build, a server's start or the previous run's Chromium is still
 * winding down measures that work too: Lighthouse scales every task it sees fourfold. Says so when
 * it waited, or when the machine never went quiet.
 */
function waitForQuietMachine() {
  if (!existsSync('/proc/stat')) return;
  const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const started = Date.now();
  let busy = 1;
  while (Date.now() - started < 60_000) {
    const before = cpuTimes();
    pause(1000);
    const after = cpuTimes();
    busy = 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (busy < 0.05) break;
  }
  const waited = Date.now() - started - 1000;
  if (busy >= 0.05)
    console.warn(`[bench] the machine stayed busy (${Math.round(busy * 100)}% of its CPU) for a minute: this Lighthouse run measures that work too`);
  else if (waited > 500) console.warn(`[bench] waited ${(waited / 1000).toFixed(1)} s for an idle machine before a Lighthouse run`);
}

function runOnce(url, preset, chromePath) {
  waitForQuietMachine();
  const dir = mkdtempSync(join(tmpdir(), 'tessera-lh-'));
  const out = join(dir, 'report.json');
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${flags()}`
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  execFileSync('npx', args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  keepReport(out, url, preset);
  rmSync(dir, { recursive: true, force: true });
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift')
  };
}

/**
 * The medians of some runs, with every run's performance score (the target is 100 in each) and
 * blocking time (what most often costs a point: on mobile, about 100 ms of it with Tessera's paints).
 */
function summary(results) {
  const pick = (key) => median(results.map((r) => r[key]));
  return {
    performance: pick('performance'),
    performanceEachRun: results.map((r) => r.performance),
    tbtMsEachRun: results.map((r) => round(r.tbtMs, 0)),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    lcpMs: round(pick('lcpMs'), 0),
    tbtMs: round(pick('tbtMs'), 0),
    cls: round(pick('cls'), 3),
    runs: results.length
  };
}

/** Median Lighthouse figures over `runs` runs for one preset ('mobile' or 'desktop'). */
export function lighthouse(url, preset, chromePath, runs = Number(process.env.BENCH_LH_RUNS ?? 3)) {
  return summary(Array.from({ length: runs }, () => runOnce(url, preset, chromePath)));
}

/**
 * Mobile figures for the app and for a minimal SvelteKit app, their runs taken in turn so that a
 * machine getting busier or quieter weighs on both alike; with the gap in points and the ratio.
 * With `pageWithoutScriptsUrl` (page-without-scripts.mjs), Tessera's first page without the app's
 * scripts takes its turn too: what the browser's own work on that page scores on this machine.
 */
export function lighthouseBesideMinimal(url, minimalUrl, chromePath, runs = Number(process.env.BENCH_LH_RUNS ?? 3), pageWithoutScriptsUrl = null) {
  const app = [];
  const minimal = [];
  const withoutScripts = [];
  for (let i = 0; i < runs; i++) {
    app.push(runOnce(url, 'mobile', chromePath));
    minimal.push(runOnce(minimalUrl, 'mobile', chromePath));
    if (pageWithoutScriptsUrl) withoutScripts.push(runOnce(pageWithoutScriptsUrl, 'mobile', chromePath));
  }
  const mine = summary(app);
  const brief = ({ performance, performanceEachRun, tbtMsEachRun, lcpMs, tbtMs, cls }) => ({
    performance,
    performanceEachRun,
    tbtMsEachRun,
    lcpMs,
    tbtMs,
    cls
  });
  const theirs = summary(minimal);
  return {
    app: mine,
    minimalApp: brief(theirs),
    gapPoints: theirs.performance - mine.performance,
    ratio: round(mine.performance / theirs.performance, 2),
    ...(pageWithoutScriptsUrl ? { pageWithoutScripts: brief(summary(withoutScripts)) } : {})
  };
}
