// Chromium features that the browser tests (tests/playwright.config.ts) and the benchmark's
// Lighthouse runs (tests/bench/lighthouse.mjs) both turn off.

/**
 * The address bar's popup: Chromium 150 and later load this WebUI page, with a renderer of its
 * own, into every new window, headless too; it ran on the page's main thread while pages loaded.
 */
export const addressBarPopup = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];
