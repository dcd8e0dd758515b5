import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

/** Settings: offline use and updates, storage (with the space evidence files use). */
export const load: PageLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['pages', 'tracking', 'team']);
  return {};
};
