import { describe, expect, it } from 'vitest';
import { emptyQuery, type Findable } from './finding';
import { listPage } from './list-page';

type Item = Findable & { id: string };
const item = (id: string, updatedAt: string, serviceName = `Service ${id}`, tags: string[] = []): Item => ({
  id,
  serviceName,
  organisation: 'Patras',
  tags,
  searchText: `${serviceName} patras ${tags.join(' ')}`.toLowerCase(),
  updatedAt,
  closedAt: null,
  progress: { rated: 0, total: 26, actionsDone: 0, actionsTotal: 21 }
});

// Newest first, as storage gives them.
const everything = [
  item('c', '2026-03-01T00:00:00.000Z', 'Zeta'),
  item('b', '2026-02-01T00:00:00.000Z', 'Alpha', ['pilot']),
  item('a', '2026-01-01T00:00:00.000Z', 'Mu')
];
const ids = (list: readonly Item[]) => list.map((a) => a.id);

describe('listPage', () => {
  it('while the rest reads, shows the newest page as it came, with the count of all, and a "show more"', () => {
    const view = listPage({ all: everything.slice(0, 2), complete: false, count: 3 }, emptyQuery, 2);
    expect(view).toEqual({ waiting: false, shown: everything.slice(0, 2), total: 3, noMatches: false });
  });

  it('makes a search, a filter or another order wait for every assessment, never answering from the first page', () => {
    const firstPage = { all: everything.slice(0, 2), complete: false, count: 3 };
    for (const query of [
      { ...emptyQuery, text: 'mu' },
      { ...emptyQuery, tag: 'pilot' },
      { ...emptyQuery, status: 'closed' as const },
      { ...emptyQuery, sort: 'name' as const }
    ]) {
      expect(listPage(firstPage, query, 50)).toEqual({ waiting: true, shown: [], total: 0, noMatches: false });
    }
    // Spaces alone are no search.
    expect(listPage(firstPage, { ...emptyQuery, text: '  ' }, 50).waiting).toBe(false);
  });

  it('once complete, searches, sorts and pages the whole list', () => {
    const whole = { all: everything, complete: true, count: 3 };
    expect(ids(listPage(whole, { ...emptyQuery, text: 'mu' }, 50).shown)).toEqual(['a']);
    expect(ids(listPage(whole, { ...emptyQuery, sort: 'name' }, 2).shown)).toEqual(['b', 'a']);
    expect(listPage(whole, { ...emptyQuery, sort: 'name' }, 2).total).toBe(3);
    expect(listPage(whole, { ...emptyQuery, text: 'nothing like it' }, 50)).toEqual({ waiting: false, shown: [], total: 0, noMatches: true });
  });

  it('counts what the query lets through, not what the device holds, once complete', () => {
    expect(listPage({ all: everything, complete: true, count: 3 }, { ...emptyQuery, tag: 'pilot' }, 50).total).toBe(1);
  });
});
