import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

/** The comparison names stages and rules and uses the results texts. */
export const load: PageLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['methodology', 'results']);
  return {};
};
