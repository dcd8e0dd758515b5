import type { FormatMigration } from './migrations';

/**
 * Format 1 → 2: version 2 adds `attachments` and `snapshots`. A version 1 file has neither, so
 * both start empty. A key already there is left as it is (no version 1 writer puts one there), so
 * validation reports it rather than the migration hiding it.
 */
export const v1ToV2: FormatMigration = {
  from: 1,
  to: 2,
  migrate: (doc) => ({ ...doc, attachments: doc.attachments ?? [], snapshots: doc.snapshots ?? [] })
};
