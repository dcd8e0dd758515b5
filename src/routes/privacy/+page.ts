import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

/** The privacy notice is written in the pages texts. */
export const load: PageLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['pages']);
  return {};
};
