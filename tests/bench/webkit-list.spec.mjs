import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeFiveThousand } from './make-assessments.mjs';
import { settleInPage } from './app-state.mjs';
import { LIST_PAGE, searchInPage, tapToListInPage } from './large-data.mjs';
import { median, round } from './stats.mjs';
import { visit } from '../webkit/support/app';
import { byLabel, byRole, closeWebKit, eventually, openWebKit } from '../webkit/support/webkit';

/*
 * The list of 5,000 assessments in WebKit, the iPad's engine (WebKitGTK through WebDriver), timed
 * in the page by the same code as in Chromium (large-data.mjs). Run by `npm run bench`, which
 * reads the figures from TESSERA_WEBKIT_FIGURES; not part of `npm test`.
 */

/** @type {import('../webkit/support/webkit').Session} */
let session;
const dir = mkdtempSync(join(tmpdir(), 'tessera-webkit-5000-'));
beforeAll(async () => (session = await openWebKit()));
afterAll(async () => {
  await closeWebKit(session);
  rmSync(dir, { recursive: true, force: true });
});

/** Runs one of the in-page timers (a function that returns a promise of its times). */
function timeInPage(timer, arg) {
  return session.execute(`return (${timer.toString()})(arguments[0]);`, arg);
}

test('the list of 5,000 assessments: tap to first page, and a search', { timeout: 900_000 }, async () => {
  await visit(session, '/exchange');
  // The app installed, as on a facilitator's tablet: its service worker no longer precaches.
  await session.execute('return navigator.serviceWorker.ready.then(() => true);');
  for (const { path, numbers } of writeFiveThousand(dir)) {
    console.error(`[bench]   WebKit: storing assessments ${numbers}`);
    await visit(session, '/exchange');
    await (await byLabel(session, 'Choose a file')).addValue(path);
    await (await byRole(session, 'button', 'Import 1,000 assessments')).click();
    await eventually(session, () => session.$('button*=Undo import').isExisting(), 'the import to finish', 300_000);
  }
  const renders = [];
  const completes = [];
  const rightAfterLoad = [];
  const searches = [];
  for (let i = 0; i < 7; i++) {
    // As in Chromium (large-data.mjs): a tap as soon as Settings is drawn, and one once it has settled.
    await visit(session, '/settings');
    rightAfterLoad.push((await timeInPage(tapToListInPage, LIST_PAGE)).firstPageMs);
    await visit(session, '/settings');
    await timeInPage(settleInPage);
    const { firstPageMs, completeMs } = await timeInPage(tapToListInPage, LIST_PAGE);
    renders.push(firstPageMs);
    completes.push(completeMs);
    searches.push(await timeInPage(searchInPage, `Υπηρεσία ${4100 + i}`));
  }
  const figures = {
    list5000RenderMs: round(median(renders), 0),
    list5000CompleteMs: round(median(completes), 0),
    list5000RenderRightAfterLoadMs: round(median(rightAfterLoad), 0),
    list5000SearchMs: round(median(searches), 0)
  };
  expect(figures.list5000RenderMs).toBeGreaterThan(0);
  const out = process.env.TESSERA_WEBKIT_FIGURES;
  if (out) writeFileSync(out, JSON.stringify(figures));
  console.error(`[bench]   WebKit: ${JSON.stringify(figures)}`);
});
