import { isCardSetId, makeCardSetId, maxCards } from '$lib/domain/workshop/vote-card-code';

const SET_KEY = 'tessera.voteCards';

/**
 * This device's set of printed vote cards: its id (in every card's code) and how many cards were
 * handed out. Made once, when cards are first printed, and kept: the same cards then serve every
 * rule of every workshop on this device. Like the vote mode, it is a device preference, not
 * assessment data, so it lives in localStorage and never travels in an export.
 */
export interface VoteCardSet {
  id: string;
  /** How many cards the facilitator last printed (1 to maxCards). */
  cards: number;
  /** The card size last printed on: A4 (one a page), A5 (two) or A6 (four). */
  size: CardSize;
}

/** The printed card sizes, largest first: the larger the card, the further away the camera reads it. */
export const cardSizes = ['a4', 'a5', 'a6'] as const;
export type CardSize = (typeof cardSizes)[number];

/** How many cards of each size an A4 sheet holds. */
export const cardsPerPage: Record<CardSize, number> = { a4: 1, a5: 2, a6: 4 };

/** A4, the size the 4–5 m reading distance of issue #21 needs. */
export const defaultCardSize: CardSize = 'a4';

const isCardSize = (s: unknown): s is CardSize => (cardSizes as readonly unknown[]).includes(s);

/** The saved set, or null on a device that has not printed or read cards yet. */
export function loadCardSet(): VoteCardSet | null {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(SET_KEY) ?? 'null');
    if (!saved || typeof saved !== 'object') return null;
    const { id, cards, size } = saved as Record<string, unknown>;
    if (!isCardSetId(id)) return null;
    return { id, cards: clampCards(cards), size: isCardSize(size) ? size : defaultCardSize };
  } catch {
    return null;
  }
}

/** The set to print `cards` cards of, at `size`: the saved one (its id kept), or a new one; remembered. */
export function cardSetForPrinting(cards: number, size: CardSize = loadCardSet()?.size ?? defaultCardSize): VoteCardSet {
  const id = loadCardSet()?.id ?? makeCardSetId(crypto.getRandomValues(new Uint8Array(6)));
  const set = { id, cards: clampCards(cards), size: isCardSize(size) ? size : defaultCardSize };
  saveCardSet(set);
  return set;
}

/** Takes the set of cards read on a device that had none (cards printed on another device). */
export function adoptCardSet(id: string, cards: number): void {
  if (!loadCardSet() && isCardSetId(id)) saveCardSet({ id, cards: clampCards(cards), size: defaultCardSize });
}

function saveCardSet(set: VoteCardSet): void {
  try {
    localStorage.setItem(SET_KEY, JSON.stringify(set));
  } catch {
    // storage blocked: the set holds for this visit, and the next print makes another
  }
}

const clampCards = (n: unknown): number => (typeof n === 'number' && Number.isInteger(n) ? Math.min(maxCards, Math.max(1, n)) : 15);
