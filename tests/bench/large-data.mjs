// Figures with 1,000 assessments: importing them through the import screen, rendering the list,
// and the JS heap afterwards.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeExportFile } from './make-assessments.mjs';
import { hydrated, installed, settled } from './app-state.mjs';
import { median, round } from './stats.mjs';

const COUNT = 1000;
/** Imports timed on a first visit, while the service worker installs: for information, not a target. */
const FIRST_VISIT_RUNS = 3;
/** Imports of the same assessments as exported by the app (the current format). */
const CURRENT_FORMAT_RUNS = 3;

/**
 * Stores the file's assessments through the import screen, as a user would: the app writes each
 * assessment with its summary for the list (the listings table), which a raw IndexedDB write would skip.
 */
export async function importFile(page, file) {
  await page.goto('/exchange');
  await installed(page);
  await page.getByLabel(/choose a file/i).setInputFiles(file);
  await page.getByRole('button', { name: /^Import [\d,.]+ assessments?$/ }).click();
  await page.getByRole('button', { name: /undo import/i }).waitFor({ timeout: 120_000 });
}

/** The list shows this many assessments at a time, then "Show more" (src/routes/+page.svelte). */
export const LIST_PAGE = 50;

/**
 * In the page (Chromium through Playwright, WebKit through WebDriver): taps "Assessments" in the
 * header and resolves to two times, each until the frame that shows it is painted:
 * - `firstPageMs`: the list on screen, its first `shown` items drawn (the newest, read first), the
 *   count known and "Show more" there;
 * - `completeMs`: every assessment read as well, so the search and the filters answer (the items
 *   are no longer `aria-busy`).
 */
export function tapToListInPage(shown) {
  return new Promise((resolve) => {
    const link = [...document.querySelectorAll('header nav a')].find((a) => a.getAttribute('href') === '/');
    const painted = (then) => requestAnimationFrame(() => setTimeout(then, 0));
    let t0 = 0;
    let firstPageMs = 0;
    let done = false;
    const check = () => {
      if (!firstPageMs && document.querySelectorAll('main article').length >= shown && document.querySelector('main button.more')) {
        firstPageMs = -1;
        painted(() => {
          firstPageMs = performance.now() - t0;
          check();
        });
      }
      if (firstPageMs > 0 && !done && document.querySelector('main .items[aria-busy="false"]')) {
        done = true;
        observer.disconnect();
        painted(() => resolve({ firstPageMs, completeMs: performance.now() - t0 }));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    t0 = performance.now();
    link.click();
  });
}

/** In the page: types a search (one keystroke's input event); resolves to the time until the filtered list is painted. */
export function searchInPage(text) {
  return new Promise((resolve) => {
    const input = document.querySelector('#list-search');
    const status = document.querySelector('main p.muted[role="status"]');
    const before = status.textContent;
    const observer = new MutationObserver(() => {
      if (status.textContent !== before) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      }
    });
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * Times from tapping "Assessments" on Settings (the app installed) to the list on screen, and to
 * every assessment read (tapToListInPage). Settings reads no summaries (it counts them), so the
 * list reads its own, as it would from any other page. The tap comes once the page has settled, as
 * a facilitator's does; with `rightAfterLoad`, as soon as the page is hydrated, while it still
 * loads what it fetches after being drawn (for comparison).
 */
export async function listRender(page, { rightAfterLoad = false } = {}) {
  await page.goto('/settings');
  await (rightAfterLoad ? installed(page) : settled(page));
  return page.evaluate(tapToListInPage, LIST_PAGE);
}

/** Time from typing a search to the filtered list painted. */
export async function listSearch(page, text) {
  return page.evaluate(searchInPage, text);
}

export async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Picks the file on the import screen and times it in the page (Playwright's own waits poll every
 * few hundred ms, which would blur the figure): from the file input's change event to the preview's
 * Import button on screen, then from pressing it to "Undo import" on screen.
 */
export async function timeImport(page, file) {
  const timing = page.evaluate(
    () =>
      new Promise((resolve) => {
        const importButton = () => [...document.querySelectorAll('main button')].find((b) => /^Import [\d,.]+ assessments?$/.test(b.textContent.trim()));
        const undoButton = () => [...document.querySelectorAll('main button')].find((b) => /undo import/i.test(b.textContent));
        const painted = (then) => requestAnimationFrame(() => setTimeout(then, 0));
        let t0 = 0;
        let t1 = 0;
        document.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (!t1 && importButton()) {
            t1 = -1;
            painted(() => {
              t1 = performance.now();
              importButton().click();
            });
          } else if (t1 > 0 && undoButton()) {
            observer.disconnect();
            painted(() => resolve({ previewMs: t1 - t0, writeMs: performance.now() - t1 }));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      })
  );
  await page.getByLabel(/choose a file/i).setInputFiles(file);
  return timing;
}

/** Imports the file through the import screen in a fresh context, timed by `timeImport`. */
async function importOnce(browser, baseURL, file, { firstVisit = false } = {}) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/exchange');
  await (firstVisit ? hydrated(page) : installed(page));
  const { previewMs, writeMs } = await timeImport(page, file);
  const heap = await heapAfterGc(context, page);
  await context.close();
  return { previewMs, writeMs, heap };
}

/** The medians of timed imports of a file of `bytes`. */
function importSummary(imports, bytes) {
  return {
    fileMB: round(bytes / 1e6, 2),
    previewMs: round(median(imports.map((r) => r.previewMs)), 0),
    writeMs: round(median(imports.map((r) => r.writeMs)), 0),
    totalMs: round(median(imports.map((r) => r.previewMs + r.writeMs)), 0),
    runs: imports.length
  };
}

/** Import, list and heap figures for 1,000 assessments. */
export async function largeDataFigures(browser, baseURL, runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-'));
  const file = join(dir, 'tessera-1000.json');
  const text = makeExportFile(COUNT);
  writeFileSync(file, text);

  const imports = [];
  for (let i = 0; i < runs; i++) {
    console.error(`[bench]   import ${i + 1}/${runs}`);
    imports.push(await importOnce(browser, baseURL, file));
  }
  const firstVisits = [];
  for (let i = 0; i < FIRST_VISIT_RUNS; i++) {
    console.error(`[bench]   import on a first visit ${i + 1}/${FIRST_VISIT_RUNS}`);
    firstVisits.push(await importOnce(browser, baseURL, file, { firstVisit: true }));
  }

  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();
  await importFile(page, file);
  const renders = [];
  const searches = [];
  for (let i = 0; i < runs + 2; i++) {
    console.error(`[bench]   list ${i + 1}/${runs + 2}`);
    renders.push((await listRender(page)).firstPageMs);
    searches.push(await listSearch(page, `Υπηρεσία ${100 + i}`));
  }
  const listHeap = await heapAfterGc(context, page);

  // The same 1,000 as Tessera exports them today (the current format, with every field's clock),
  // imported into fresh browsers: what a colleague's backup costs.
  const exported = join(dir, 'tessera-1000-exported.json');
  await page.goto('/exchange');
  await installed(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  await download.saveAs(exported);
  await context.close();
  const currentImports = [];
  for (let i = 0; i < CURRENT_FORMAT_RUNS; i++) {
    console.error(`[bench]   import of the exported file ${i + 1}/${CURRENT_FORMAT_RUNS}`);
    currentImports.push(await importOnce(browser, baseURL, exported));
  }

  return {
    import1000: importSummary(imports, text.length),
    import1000FirstVisit: {
      totalMs: round(median(firstVisits.map((r) => r.previewMs + r.writeMs)), 0),
      runs: FIRST_VISIT_RUNS
    },
    import1000CurrentFormat: importSummary(currentImports, statSync(exported).size),
    list1000RenderMs: round(median(renders), 0),
    list1000SearchMs: round(median(searches), 0),
    heapAfterImportMB: round(median(imports.map((r) => r.heap)) / 1e6, 1),
    heapWithList1000MB: round(listHeap / 1e6, 1)
  };
}
