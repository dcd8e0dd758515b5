import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

/** The vote cards are worded in the workshop texts. */
export const load: PageLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['workshop']);
  return {};
};
