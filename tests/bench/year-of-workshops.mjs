// Figures for a year of workshops on one tablet (issue #20): a backup of 300 photos of 400 KB
// (~160 MB) exported and imported again through the screens, with the page's peak JS heap; and the
// list with 5,000 assessments.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installed } from './app-state.mjs';
import { heapAfterGc, importFile, listRender, listSearch, timeImport } from './large-data.mjs';
import { writeFiveThousand } from './make-assessments.mjs';
import { median, round } from './stats.mjs';

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 300);
const PHOTO_BYTES = 400 * 1024;
const fixture = fileURLToPath(new URL('../fixtures/exchange/v3-with-clocks.tessera.json', import.meta.url));
const MB = 1e6;

/** A backup as Tessera writes it: the version 3 fixture with `PHOTOS` photos of random bytes. */
function writePhotoBackup(path) {
  const envelope = JSON.parse(readFileSync(fixture, 'utf8'));
  const assessmentId = envelope.assessments[0].id;
  const attachments = Array.from({ length: PHOTOS }, (_, i) => {
    const bytes = randomBytes(PHOTO_BYTES);
    return {
      id: `photo-${i + 1}`,
      assessmentId,
      ruleId: 'strategy.rule.1',
      name: `wall-${i + 1}.jpg`,
      type: 'image/jpeg',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      caption: '',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      data: bytes.toString('base64')
    };
  });
  writeFileSync(path, `${JSON.stringify({ ...envelope, attachments, snapshots: [] }, null, 2)}\n`);
}

/**
 * Samples the page's JS heap every 20 ms until stopped: the V8 heap (strings, objects), and with
 * ArrayBuffers' backing stores, which hold bytes outside it. Blobs live in the browser's blob store,
 * outside both. Sampling can miss a peak shorter than 20 ms; a GC first gives the baseline.
 */
async function heapSampler(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const base = await cdp.send('Runtime.getHeapUsage');
  let peak = base.usedSize;
  let peakWithBuffers = base.usedSize + (base.backingStorageSize ?? 0);
  let running = true;
  const loop = (async () => {
    while (running) {
      const usage = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usage.usedSize);
      peakWithBuffers = Math.max(peakWithBuffers, usage.usedSize + (usage.backingStorageSize ?? 0));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { baseMB: round(base.usedSize / MB, 1), peakMB: round(peak / MB, 1), peakWithBuffersMB: round(peakWithBuffers / MB, 1) };
  };
}

/** Imports the file through the import screen, timed in the page as in large-data.mjs, with the heap sampled. */
async function timedImport(context, page, file) {
  await page.goto('/exchange');
  await installed(page);
  const stop = await heapSampler(context, page);
  const { previewMs, writeMs } = await timeImport(page, file);
  const heap = await stop();
  return { previewMs: round(previewMs, 0), writeMs: round(writeMs, 0), totalMs: round(previewMs + writeMs, 0), heap };
}

/** Exports the full backup with its button, from the press to the download starting, with the heap sampled. */
async function timedExport(context, page, path) {
  await page.goto('/exchange');
  await installed(page);
  const stop = await heapSampler(context, page);
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByRole('button', { name: 'Download backup' }).click()]);
  const ms = Date.now() - t0;
  const heap = await stop();
  await download.saveAs(path);
  return { ms, heap };
}

/** A backup of 300 photos: imported once to store it, exported, then imported into a fresh browser. */
export async function photoBackupFigures(browser, baseURL) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-photos-'));
  try {
    const generated = join(dir, 'generated.json');
    const exported = join(dir, 'exported.json');
    writePhotoBackup(generated);
    const fileMB = round(statSync(generated).size / MB, 1);

    console.error(`[bench]   storing ${PHOTOS} photos (${fileMB} MB)`);
    const mine = await browser.newContext({ baseURL, acceptDownloads: true });
    const page = await mine.newPage();
    const seeded = await timedImport(mine, page, generated);
    console.error('[bench]   export');
    const exportRun = await timedExport(mine, page, exported);
    await mine.close();

    console.error('[bench]   import of the exported file on a fresh browser');
    const theirs = await browser.newContext({ baseURL });
    const fresh = await theirs.newPage();
    const importRun = await timedImport(theirs, fresh, exported);
    await theirs.close();

    const exportedMB = round(statSync(exported).size / MB, 1);
    return {
      photos: PHOTOS,
      photoKB: PHOTO_BYTES / 1024,
      fileMB,
      exportedFileMB: exportedMB,
      export: { ms: exportRun.ms, ...exportRun.heap, peakOverFile: round(exportRun.heap.peakWithBuffersMB / exportedMB, 2) },
      import: { ...importRun, peakOverFile: round(importRun.heap.peakWithBuffersMB / exportedMB, 2) },
      firstImport: seeded
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The list with 5,000 assessments (five files of 1,000, the most one file may hold): tap to first page, and a search. */
export async function list5000Figures(browser, baseURL, runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-5000-'));
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    for (const { path, numbers } of writeFiveThousand(dir)) {
      console.error(`[bench]   storing assessments ${numbers}`);
      await importFile(page, path);
    }
    const renders = [];
    const completes = [];
    const rightAfterLoad = [];
    const searches = [];
    for (let i = 0; i < runs + 2; i++) {
      console.error(`[bench]   list of 5,000 ${i + 1}/${runs + 2}`);
      rightAfterLoad.push((await listRender(page, { rightAfterLoad: true })).firstPageMs);
      const { firstPageMs, completeMs } = await listRender(page);
      renders.push(firstPageMs);
      completes.push(completeMs);
      searches.push(await listSearch(page, `Υπηρεσία ${4100 + i}`));
    }
    return {
      list5000RenderMs: round(median(renders), 0),
      list5000CompleteMs: round(median(completes), 0),
      list5000RenderRightAfterLoadMs: round(median(rightAfterLoad), 0),
      list5000SearchMs: round(median(searches), 0),
      heapWithList5000MB: round((await heapAfterGc(context, page)) / MB, 1)
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
