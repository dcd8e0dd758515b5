import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptCardSet, cardSetForPrinting, loadCardSet } from './vote-card-set';
import { isCardSetId } from '$lib/domain/workshop/vote-card-code';

/** localStorage as a browser keeps it, for Node. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value))
  };
}

describe('the device’s vote card set', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('is made on the first print and kept, its id unchanged, for every later print', () => {
    expect(loadCardSet()).toBeNull();
    const first = cardSetForPrinting(15);
    expect(isCardSetId(first.id)).toBe(true);
    const second = cardSetForPrinting(22);
    expect(second).toEqual({ id: first.id, cards: 22, size: 'a4' });
    expect(loadCardSet()).toEqual(second);
  });

  it('prints on A4 until another size is chosen, then remembers that size', () => {
    expect(cardSetForPrinting(15).size).toBe('a4');
    expect(cardSetForPrinting(15, 'a6').size).toBe('a6');
    expect(cardSetForPrinting(20)).toMatchObject({ cards: 20, size: 'a6' });
    expect(loadCardSet()?.size).toBe('a6');
  });

  it('reads a set saved before sizes were offered as A4', () => {
    localStorage.setItem('tessera.voteCards', JSON.stringify({ id: 'ABCDEF', cards: 12 }));
    expect(loadCardSet()).toEqual({ id: 'ABCDEF', cards: 12, size: 'a4' });
  });

  it('keeps the number of cards between 1 and 40', () => {
    expect(cardSetForPrinting(90).cards).toBe(40);
    expect(cardSetForPrinting(0).cards).toBe(1);
  });

  it('takes the set of cards printed elsewhere only on a device that has none', () => {
    adoptCardSet('ABCDEF', 12);
    expect(loadCardSet()).toEqual({ id: 'ABCDEF', cards: 12, size: 'a4' });
    adoptCardSet('GHJKLM', 20);
    expect(loadCardSet()?.id).toBe('ABCDEF');
  });

  it.each([
    ['not JSON', '{'],
    ['a bad id', JSON.stringify({ id: 'abc', cards: 10 })],
    ['nothing', 'null']
  ])('reads %s as no set', (_, stored) => {
    localStorage.setItem('tessera.voteCards', stored);
    expect(loadCardSet()).toBeNull();
  });

  it('still gives a set to print when storage refuses writes', () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(isCardSetId(cardSetForPrinting(10).id)).toBe(true);
  });
});
