/** The current time as an ISO timestamp; one place so tests and edits agree on the format. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** A new random id (UUID v4). */
export function newId(): string {
  return crypto.randomUUID();
}
