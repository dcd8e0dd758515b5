import { browser } from '$app/environment';
import { preferences } from '$lib/state/preferences.svelte';

// Every route is prerendered; assessment pages read their id from the query string in the browser.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * In the browser this runs before hydration: the device's language is loaded and applied (with
 * <html lang>) before the first render, so a Greek tablet never re-renders from English.
 */
export async function load(): Promise<Record<string, never>> {
  if (browser) await preferences.start();
  return {};
}
