import type { MetaFacts, MetaKey } from '$lib/storage/meta-repository';
import { LiveQuery, type Live } from './live.svelte';
import { nowIso } from './clock';
import { loadStorage, watchOnceStored } from './load-storage';

// The list (the first page) shows these notes: storage's code is loaded once it is shown (load-storage.ts).
const meta = async () => (await loadStorage()).meta;

/**
 * One app-wide fact (a timestamp or null), live, followed only while `when()` holds. On a device
 * with no database yet it is null at once, and the storage code loads only once something is stored.
 */
export function liveDeviceNote<K extends MetaKey>(key: K, when: () => boolean = () => true): Live<MetaFacts[K]> {
  return new LiveQuery(() => (when() ? watchOnceStored((storage) => storage.meta.watch(key), null as MetaFacts[K]) : null));
}

/** One app-wide fact, read once; null when it cannot be read. */
export function readDeviceNote<K extends MetaKey>(key: K): Promise<MetaFacts[K] | null> {
  return meta()
    .then((m) => m.get(key))
    .catch(() => null);
}

/** Writes one app-wide fact; a failure is ignored (these are reminders, not the user's work). */
export function noteOnDevice<K extends MetaKey>(key: K, value: MetaFacts[K]): void {
  void meta()
    .then((m) => m.set(key, value))
    .catch(() => undefined);
}

/** Hides the "add to Home Screen" tip from now on. */
export function dismissInstallHint(): void {
  noteOnDevice('installHintDismissedAt', nowIso());
}
