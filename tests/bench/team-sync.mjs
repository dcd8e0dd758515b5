// Team space figures: the first pull of 1,000 assessments onto a new tablet, and the sync of one
// edit, against the CouchDB stand-in (PouchDB Server, in memory) on loopback, proxied under
// /couchdb/ by vite preview as in the browser tests. Timed in the page, from the tap (or the
// browser's "online" event) to the status saying it synced with nothing left to send.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeExportFile } from './make-assessments.mjs';
import { installed } from './app-state.mjs';
import { median, round } from './stats.mjs';

const COUNT = 1000;

/** Resolves, in the page, with ms from `start()` until the Team space status says synced with nothing waiting. */
function timeUntilSynced(page, startInPage) {
  return page.evaluate(
    (startInPage) =>
      new Promise((resolve) => {
        let t0 = 0;
        const synced = () => {
          const status = document.querySelector('[data-testid="team-status"]')?.textContent ?? '';
          const waiting = document.querySelector('[data-testid="team-waiting"]')?.textContent ?? '';
          return t0 > 0 && status.startsWith('Last synced') && waiting.startsWith('0 ');
        };
        const observer = new MutationObserver(() => {
          if (synced()) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        if (startInPage === 'submit') {
          t0 = performance.now();
          document.querySelector('main form button[type="submit"]').click();
        } else {
          addEventListener('online', () => (t0 = performance.now()), { capture: true, once: true });
        }
      }),
    startInPage
  );
}

/** Opens Settings and fills in the Team space form (not submitted). */
async function fillTeamForm(page, url, user) {
  await page.goto('/settings');
  await installed(page);
  await page.getByRole('button', { name: 'Turn on Team space' }).click();
  await page.getByLabel('Address of the team database').fill(url);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(`${user}-password`);
}

/** First pull of 1,000 assessments, and one edit synced, `runs` times each (a new team each run). */
export async function teamSyncFigures(browser, baseURL, standIn, runs = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-sync-'));
  const file = join(dir, 'tessera-1000.json');
  writeFileSync(file, makeExportFile(COUNT));
  const firstPull = [];
  const oneEdit = [];
  const firstPush = [];
  for (let run = 0; run < runs; run++) {
    console.error(`[bench]   team sync ${run + 1}/${runs}`);
    const db = `bench-${run}-${Date.now()}`;
    await standIn.createTeam(db, { maria: 'maria-password', nikos: 'nikos-password' });
    const url = `/couchdb/${db}`;

    // Maria's tablet holds the 1,000 assessments and sends them to the team.
    const a = await browser.newContext({ baseURL });
    const pageA = await a.newPage();
    await pageA.goto('/exchange');
    await installed(pageA);
    await pageA.getByLabel(/choose a file/i).setInputFiles(file);
    await pageA.getByRole('button', { name: /^Import [\d,.]+ assessments?$/ }).click();
    await pageA.getByRole('button', { name: /undo import/i }).waitFor({ timeout: 120_000 });
    await fillTeamForm(pageA, url, 'maria');
    firstPush.push(await timeUntilSynced(pageA, 'submit'));

    // Nikos's new tablet signs in: the first pull.
    const b = await browser.newContext({ baseURL });
    const pageB = await b.newPage();
    await fillTeamForm(pageB, url, 'nikos');
    firstPull.push(await timeUntilSynced(pageB, 'submit'));
    const count = await pageB.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('tessera');
          open.onsuccess = () => {
            const req = open.result.transaction('assessments').objectStore('assessments').count();
            req.onsuccess = () => resolve(req.result);
          };
        })
    );
    if (count !== COUNT) throw new Error(`first pull stored ${count} assessments, not ${COUNT}`);

    // One rating changed offline, then the tablet comes back online: the sync of that one edit.
    await b.setOffline(true);
    const id = '00000000-0000-4000-8000-000000000007';
    await pageB.goto(`/assessment/stage?id=${id}&stage=design`);
    await installed(pageB);
    await pageB.getByRole('group', { name: 'Rating of golden rule 6' }).getByRole('radio', { name: 'Fully' }).check();
    await pageB
      .getByText(/^\s*✓?\s*Saved\s*$/)
      .first()
      .waitFor();
    await pageB.goto('/settings');
    await installed(pageB);
    await pageB.getByText('1 change waiting to be sent.').waitFor();
    const timing = timeUntilSynced(pageB, 'online');
    await b.setOffline(false);
    oneEdit.push(await timing);
    await a.close();
    await b.close();
  }
  return {
    teamSync: {
      assessments: COUNT,
      firstPullMs: round(median(firstPull)),
      firstPullRunsMs: firstPull.map(round),
      oneEditMs: round(median(oneEdit)),
      oneEditRunsMs: oneEdit.map(round),
      firstPushMs: round(median(firstPush))
    }
  };
}
