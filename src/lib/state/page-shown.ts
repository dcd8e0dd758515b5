let markShown!: () => void;
const shown = new Promise<void>((resolve) => (markShown = resolve));

/**
 * Marks the page hydrated and in the user's language: app.css shows it, browser tests and the
 * benchmark wait for this mark, and code held back for it (the storage code) may load now.
 */
export function showPage(): void {
  document.documentElement.dataset.ready = 'true';
  markShown();
}

/** Resolves once the page is shown; at once where there is no page (unit tests, prerendering). */
export function pageShown(): Promise<void> {
  return typeof document === 'undefined' ? Promise.resolve() : shown;
}
