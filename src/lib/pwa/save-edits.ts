import { saveStatus } from '$lib/state/save-status.svelte';

/**
 * Writes what the user is typing and waits for every write to finish; true when all of it is
 * stored. Text fields save when they lose focus, so the one in use is blurred first: its
 * "pagehide" save could be cut short by the reload that follows.
 */
export async function saveEdits(): Promise<boolean> {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) {
    active.blur();
  }
  await saveStatus.settled();
  return saveStatus.state !== 'error';
}
