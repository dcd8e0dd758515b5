/**
 * How long a text may be, in characters: the same for typing it and for importing it, so a file
 * another device exported always imports, and an edit can never make a field the import refuses.
 */
export const textLimits = {
  /** Names, roles, labels, owners, tags, version strings. */
  name: 200,
  /** Descriptions, notes, reasons, next steps, parking-lot items. */
  text: 10_000,
  /** A tag as typed here: a short label for filtering (an imported tag may be as long as a name). */
  tag: 50,
  /** Evidence links. */
  url: 2000,
  /** Ids of records. */
  id: 100
} as const;
