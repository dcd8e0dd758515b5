import { emptyQuery, findAssessments, type Findable, type ListQuery } from './finding';

/** What the list has read: every assessment (`complete`), or so far only the newest of them and how many there are. */
export interface Listed<T> {
  /** Most recently changed first: all of them once `complete`, the newest page before. */
  all: readonly T[];
  complete: boolean;
  /** How many there are in all, known before they are all read. */
  count: number;
}

/** What the list page shows for a query. */
export interface ListPage<T> {
  /** A search, a filter or another order was asked for before every assessment was read: it waits for them. */
  waiting: boolean;
  /** The ones on screen: the first `limit` the query lets through, in its order. */
  shown: T[];
  /** How many the query lets through in all (the device's count while they read, when it asks for nothing). */
  total: number;
  /** The query lets nothing through (known only once every assessment is read). */
  noMatches: boolean;
}

/** The query searches or filters (rather than only ordering). */
export const filters = (query: ListQuery): boolean => query.text.trim() !== '' || query.tag !== '' || query.status !== 'any';

const asksSomething = (query: ListQuery) => filters(query) || query.sort !== emptyQuery.sort;

/**
 * The page of the list a query shows. While only the newest page has been read, the list as it
 * opens (no search, newest first) is already right: those are its first items, and the count is
 * known. Anything else waits for the rest.
 */
export function listPage<T extends Findable>(listed: Listed<T>, query: ListQuery, limit: number, locale = 'en'): ListPage<T> {
  if (listed.complete) {
    const found = findAssessments(listed.all, query, locale);
    return { waiting: false, shown: found.slice(0, limit), total: found.length, noMatches: found.length === 0 };
  }
  if (asksSomething(query)) return { waiting: true, shown: [], total: 0, noMatches: false };
  return { waiting: false, shown: listed.all.slice(0, limit), total: listed.count, noMatches: false };
}
