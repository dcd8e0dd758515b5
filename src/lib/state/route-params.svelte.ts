import { browser } from '$app/environment';
import { page } from '$app/state';

/**
 * A query parameter of the current page. Pages are prerendered without one (the id of an
 * assessment is only known in the browser), so on the server this is always null.
 */
export function queryParam(name: string): string | null {
  return browser ? page.url.searchParams.get(name) : null;
}
