import { browser } from '$app/environment';
import { preferences } from '$lib/state/preferences.svelte';
import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import { namespaces } from '$lib/i18n/resources';

// Every route is prerendered; assessment pages read their id from the query string in the browser.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * In the browser this runs before hydration: the device's language is loaded and applied (with
 * <html lang>) before the first render, so a Greek tablet never re-renders from English.
 */
export async function load(): Promise<Record<string, never>> {
  if (browser) {
    // The page is already drawn from its prerendered HTML. The first visit's work is cut into
    // tasks, so the browser can answer a tap between them: the app's scripts and start, then the
    // translations' set-up and the device's language, then the hydration.
    await nextTask();
    await preferences.start();
    await nextTask();
  }
  // Prerendering writes every page complete; the browser fetches what the app's frame shows
  // (header, footer, prompts, storage alerts: English `common` is bundled) and each route adds its
  // own namespaces in its load, so the first page carries no other page's texts.
  await ensureNamespaces(browser ? ['common', 'storage'] : namespaces);
  return {};
}

/** Resolves in a later task: scheduler.yield() where there is one, otherwise a timer. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
