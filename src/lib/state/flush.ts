/** Fields holding typed text that is not saved yet listen for this and save it at once. */
export const FLUSH_EVENT = 'tessera:flush';

/** Asks every field with unsaved typing to save it now (before the database connection closes). */
export function requestFlush(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(FLUSH_EVENT));
}
