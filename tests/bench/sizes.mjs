// Byte figures: what the first page loads before it is interactive, and the whole precache.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/** Every file of the build that the service worker precaches, with raw and gzip sizes. */
export function precacheSize(buildDir) {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'service-worker.js') {
        const buf = readFileSync(path);
        raw += buf.length;
        gzip += gzipSize(buf);
        files++;
      }
    }
  };
  walk(buildDir);
  return { files, raw, gzip };
}

/**
 * Loads the entry page in a fresh context and sums, gzip-compressed, every JavaScript file the page
 * requested before the app marked itself ready (hydrated, language applied): the moment is taken
 * in the page, so what starts after it (the service worker's registration) never counts.
 */
export async function initialJs(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.ready !== 'true') return;
      window.__readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  const page = await context.newPage();
  const sizes = new Map();
  const reading = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript')) return;
    reading.push(
      response
        .body()
        .then((body) => sizes.set(response.url(), gzipSize(body)))
        .catch(() => undefined)
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__readyAt !== undefined);
  const before = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < window.__readyAt)
      .map((entry) => entry.name)
  );
  await page.waitForLoadState('load');
  await Promise.all(reading);
  await context.close();
  const files = [...new Set(before)].filter((name) => sizes.has(name));
  const gzip = files.reduce((sum, name) => sum + sizes.get(name), 0);
  return { files: files.length, gzip };
}

/** Which package or source folder a module of the build belongs to. */
function groupOf(id) {
  const inModules = id.split('node_modules/').at(-1);
  if (inModules !== id) {
    const [first, second] = inModules.split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const parts = id.replace(/^\.\.?\//, '').split('/');
  return parts.slice(0, parts[0] === 'src' && parts[1] === 'lib' ? 3 : 2).join('/');
}

/**
 * What the first page's chunk is made of, by package and source folder, from the report the build
 * plugin writes (src/build/first-page-chunk.ts, TESSERA_FIRST_PAGE_REPORT): each module's code
 * gzipped alone, so the parts add up to more than the chunk (gzip shares across modules).
 */
export function firstPageComposition(reportPath) {
  const modules = JSON.parse(readFileSync(reportPath, 'utf8'));
  const groups = new Map();
  for (const m of modules) groups.set(groupOf(m.id), (groups.get(groupOf(m.id)) ?? 0) + m.gzip);
  return Object.fromEntries([...groups].sort((a, b) => b[1] - a[1]).map(([name, gzip]) => [name, Math.round((gzip / 1024) * 10) / 10]));
}
