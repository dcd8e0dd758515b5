import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

/** Assessment screens show the method's texts, workshop mode, results, evidence and the export dialog. */
export const load: LayoutLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['methodology', 'workshop', 'results', 'tracking', 'exchange']);
  return {};
};
