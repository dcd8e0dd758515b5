// Offline cold start: after one online visit, a new page is opened with the network off and
// served by the service worker; the figure is its first contentful paint.
import { installed } from './app-state.mjs';
import { median, round } from './stats.mjs';

async function controlledContext(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await installed(page);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  await page.close();
  await context.setOffline(true);
  return context;
}

async function fcpOnce(context, url, cpuRate) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.goto(url);
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const entry = performance.getEntriesByName('first-contentful-paint')[0];
        if (entry) return resolve(entry.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
      })
  );
  await page.close();
  return fcp;
}

/** Median FCP (ms) of offline cold starts at normal speed and at 4x CPU slowdown. */
export async function offlineColdStart(browser, url, runs = 7) {
  const context = await controlledContext(browser, url);
  const normal = [];
  const slow = [];
  for (let i = 0; i < runs; i++) normal.push(await fcpOnce(context, url, 1));
  for (let i = 0; i < runs; i++) slow.push(await fcpOnce(context, url, 4));
  await context.close();
  return { fcpMs: round(median(normal), 0), fcpMs4xCpu: round(median(slow), 0), runs };
}
