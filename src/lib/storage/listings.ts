import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import type { Dexie } from 'dexie';
import { listingsStamp, summarize } from '$lib/domain/assessment/summary';
import type { Assessment } from '$lib/domain/assessment/types';

const ASSESSMENTS = 'assessments';
/** The table of assessment summaries (see AssessmentSummary), one per assessment, same key. */
export const LISTINGS = 'listings';

/** The meta row that says what the stored summaries were computed with (a version, no personal data). */
export const LISTINGS_STAMP_KEY = 'listingsStamp';

/**
 * Recomputes every summary when they were computed with another methodology or `summarize`
 * (see listingsStamp), in one transaction with the stamp; a database already up to date is only read.
 */
export async function refreshListings(db: Dexie, stamp = listingsStamp): Promise<boolean> {
  const stored = await db.table('meta').get(LISTINGS_STAMP_KEY);
  if (stored?.value === stamp) return false;
  await db.transaction('rw', ['assessments', LISTINGS, 'meta'], async () => {
    const all: Assessment[] = await db.table('assessments').toArray();
    await db.table(LISTINGS).clear();
    await db.table(LISTINGS).bulkPut(all.map(summarize));
    await db.table('meta').put({ key: LISTINGS_STAMP_KEY, value: stamp });
  });
  return true;
}

/** The write to the listings table that goes with a write to the assessments table. */
function listingWrite(req: DBCoreMutateRequest): DBCoreMutateRequest {
  switch (req.type) {
    case 'add':
    case 'put':
      // 'add' stays 'add': a key that already exists fails in both tables alike.
      return { type: req.type, trans: req.trans, values: (req.values as readonly Assessment[]).map(summarize) };
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

/**
 * Keeps the listings table in step with the assessments table, below every part of the app: each
 * write to an assessment also writes its summary, in the same transaction, so the two can never
 * disagree and no code path can forget it. Read-write transactions on assessments take listings
 * into their scope for that. Sits above Dexie's own middleware, so live queries see both writes.
 */
export const listingsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TesseraListings',
  create(down) {
    // Databases opened at an older version (during an upgrade) have no listings table yet.
    const hasListings = () => down.schema.tables.some((t) => t.name === LISTINGS);
    return {
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes(ASSESSMENTS) && !stores.includes(LISTINGS) && hasListings();
        return down.transaction(widen ? [...stores, LISTINGS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ASSESSMENTS || !hasListings()) return table;
        const listings = down.table(LISTINGS);
        return {
          ...table,
          mutate(req): Promise<DBCoreMutateResponse> {
            // Both requests are made at once, while the transaction is surely active.
            return Promise.all([table.mutate(req), listings.mutate(listingWrite(req))]).then(([result]) => result);
          }
        };
      }
    };
  }
};
