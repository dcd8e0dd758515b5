// The states a timed figure starts from: the page hydrated, or the app installed as well.

/** The page hydrated, its language applied. */
export async function hydrated(page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/**
 * The app as a facilitator's tablet has it: hydrated, and installed, its service worker active.
 * On a first visit the service worker precaches the whole app (130 files) in the background, which
 * would compete with whatever is being timed. Fails after 30 s rather than wait for ever when no
 * service worker installs.
 */
export async function installed(page) {
  await hydrated(page);
  await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => undefined),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker became active within 30 s')), 30_000))
    ])
  );
}

/**
 * In the page (Chromium and WebKit alike): resolves once the page has settled, as it has when a
 * facilitator's finger arrives: no file fetched for 250 ms (the code and texts a page loads after
 * it is drawn), then the main thread idle. WebKit has no requestIdleCallback: a task then.
 */
export function settleInPage() {
  return new Promise((resolve) => {
    const idle = window.requestIdleCallback ?? ((next) => setTimeout(next, 0));
    let fetched = -1;
    const check = () => {
      const now = performance.getEntriesByType('resource').length;
      if (now === fetched) idle(() => resolve(true));
      else {
        fetched = now;
        setTimeout(check, 250);
      }
    };
    check();
  });
}

/** The app installed and the page settled (see settleInPage). */
export async function settled(page) {
  await installed(page);
  await page.evaluate(settleInPage);
}
