import { browser } from '$app/environment';
import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import { storageConnection } from '$lib/state/storage-connection.svelte';
import type { LayoutLoad } from './$types';

/** Assessment screens show the method's texts, workshop mode, results, evidence and the export dialog. */
export const load: LayoutLoad = async ({ parent }) => {
  if (browser) storageConnection.openEarly();
  await parent();
  await ensureNamespaces(['methodology', 'workshop', 'results', 'tracking', 'exchange']);
  return {};
};
