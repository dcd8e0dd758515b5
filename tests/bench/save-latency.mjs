// Save latency: from a change of rating (the radio's click) to the IndexedDB transaction that
// stores it completing, over 200 changes.
import { installed } from './app-state.mjs';
import { percentile, median, round } from './stats.mjs';

// Runs in the page before the app: time-stamps the completion of every read-write transaction.
const instrument = () => {
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = original.call(this, stores, mode, ...rest);
    if (mode === 'readwrite') {
      tx.addEventListener('complete', () => {
        const waiter = window.__benchCommit;
        window.__benchCommit = null;
        waiter?.(performance.now());
      });
    }
    return tx;
  };
};

/** p95 and median (ms) of rating-change-to-commit over `changes` changes. */
export async function saveLatency(browser, url, changes = 200) {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url);
  await installed(page);
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  await page.getByRole('dialog').getByLabel('Service name').fill('Benchmark service');
  await page.getByRole('dialog').getByRole('button', { name: 'Create and open' }).click();
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).waitFor();
  const samples = await page.evaluate(async (count) => {
    const group = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.includes('golden rule 1'));
    const radios = [...group.querySelectorAll('input[type=radio]')].slice(0, 4);
    const out = [];
    for (let i = 0; i < count; i++) {
      const committed = new Promise((resolve) => (window.__benchCommit = resolve));
      const t0 = performance.now();
      radios[i % radios.length].click();
      const t1 = await committed;
      out.push(t1 - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  }, changes);
  await context.close();
  return { p95Ms: round(percentile(samples, 95), 1), medianMs: round(median(samples), 1), changes };
}
