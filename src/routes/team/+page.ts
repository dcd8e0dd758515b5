import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

/** The team's portfolio names the stages and uses the Team space texts. */
export const load: PageLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['methodology', 'team']);
  return {};
};
