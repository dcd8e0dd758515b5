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
  if (browser) await preferences.start();
  // Prerendering writes every page complete; the browser fetches what the app's frame shows
  // (header, footer, prompts, storage alerts: English `common` is bundled) and each route adds its
  // own namespaces in its load, so the first page carries no other page's texts.
  await ensureNamespaces(browser ? ['common', 'storage'] : namespaces);
  return {};
}
