import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

/** The method guide shows the method's texts. */
export const load: LayoutLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['methodology']);
  return {};
};
