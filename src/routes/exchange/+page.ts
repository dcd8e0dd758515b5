import { ensureNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

/** The import and export texts; the import preview names rules and shows attachments. */
export const load: PageLoad = async ({ parent }) => {
  await parent();
  await ensureNamespaces(['exchange', 'methodology', 'tracking']);
  return {};
};
