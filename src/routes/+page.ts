import { browser } from '$app/environment';
import { storageConnection } from '$lib/state/storage-connection.svelte';
import type { PageLoad } from './$types';

/** The list reads every assessment first thing: the database opens while the page hydrates. */
export const load: PageLoad = () => {
  if (browser) storageConnection.openEarly();
  return {};
};
