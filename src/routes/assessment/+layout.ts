import { browser } from '$app/environment';
import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import { openStorageNow } from '$lib/state/load-storage';
import type { LayoutLoad } from './$types';

/** Assessment screens show the method's texts, workshop mode, results, evidence and the export dialog. */
export const load: LayoutLoad = async ({ parent }) => {
  // Assessment pages read first thing (and carry storage already): the database opens while the
  // texts load. If it cannot, the page's own reads say why.
  const opening = browser ? openStorageNow().catch(() => undefined) : null;
  await parent();
  await ensureNamespaces(['methodology', 'workshop', 'results', 'tracking', 'exchange']);
  await opening;
  return {};
};
