import { t } from '$lib/i18n/i18n.svelte';
import { formatDateTime } from '$lib/i18n/format';
import type { Snapshot } from '$lib/domain/history/snapshot';

/** What a snapshot is called on screen: its label, or its date when it has none. */
export function snapshotName(s: Snapshot): string {
  return s.label || t('tracking:history.untitled', { date: formatDateTime(s.takenAt) });
}

/** The History page's own title: the list's, or the snapshot's on view (which may be missing). */
export function historyPageTitle(list: readonly Snapshot[] | undefined, wanted: string | null): string {
  if (!wanted || !list) return t('tracking:history.title');
  const shown = list.find((s) => s.id === wanted);
  return shown ? t('tracking:snapshot.title', { name: snapshotName(shown) }) : t('tracking:snapshot.notFoundTitle');
}
