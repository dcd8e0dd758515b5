import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

/** Settings shows the storage used by evidence files. */
export const load: PageLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['tracking']);
  return {};
};
