let markShown!: () => void;
let isShown = false;
const shown = new Promise<void>((resolve) => (markShown = resolve));

/**
 * Marks the page hydrated and in the user's language: app.css shows it, browser tests and the
 * benchmark wait for this mark, and code held back for it (the storage code) may load now.
 */
export function showPage(): void {
  document.documentElement.dataset.ready = 'true';
  isShown = true;
  markShown();
}

/** Resolves once the page is shown; at once where there is no page (unit tests, prerendering). */
export function pageShown(): Promise<void> {
  return typeof document === 'undefined' ? Promise.resolve() : shown;
}

/**
 * False while the page drawn is the one from the prerendered HTML (prerendering it, or hydrating
 * it); true once it is shown, for every later page the app draws itself.
 */
export function pageWasShown(): boolean {
  return isShown;
}
