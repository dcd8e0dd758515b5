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
 * Loads the entry page in a fresh context and sums, gzip-compressed, every JavaScript file it
 * fetched until the app marked itself ready (hydrated, language applied).
 */
export async function initialJs(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts = new Map();
  const reading = [];
  let interactive = false;
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (interactive || !type.includes('javascript')) return;
    reading.push(
      response
        .body()
        .then((body) => scripts.set(response.url(), gzipSize(body)))
        .catch(() => undefined)
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  // What loads after this (the service worker's registration, for one) is not on the critical path.
  interactive = true;
  await Promise.all(reading);
  await context.close();
  const gzip = [...scripts.values()].reduce((a, b) => a + b, 0);
  return { files: scripts.size, gzip };
}
