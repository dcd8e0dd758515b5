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
