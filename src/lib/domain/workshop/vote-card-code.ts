import { ratings, type Rating } from '../assessment/types';

/**
 * What a printed vote card's QR code says: `TSV1:<set>:<card>:<level>`, e.g. `TSV1:K7Q2MX:12:L`.
 * Only the card's number and a level, never a name. Every character is in the QR code's
 * alphanumeric alphabet (digits, capitals, ":"), so the code fits the smallest QR version
 * (21 × 21 modules) at error correction M: the fewer the modules, the larger each one prints and
 * the further away a camera reads it. `TSV1` versions the payload; the set id ties the cards to
 * the device that printed them, so another facilitator's cards in the room are not counted.
 */
export const cardCodeVersion = 'TSV1';

/** The most cards one set holds: one per participant, and workshops stay below 40 people. */
export const maxCards = 40;

/** A vote card set's id: six characters of this alphabet (no 0/O, 1/I, which read alike when typed). */
const setAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const setIdPattern = /^[2-9A-HJ-NP-Z]{6}$/;

const letterOf: Record<Rating, string> = { 'not-started': 'N', partly: 'P', largely: 'L', fully: 'F', 'not-applicable': 'X' };
const ratingOfLetter = new Map(ratings.map((r) => [letterOf[r], r]));

export interface CardCode {
  setId: string;
  /** 1 to maxCards. */
  card: number;
  choice: Rating;
}

/** Whether a text is a card set id. */
export const isCardSetId = (text: unknown): text is string => typeof text === 'string' && setIdPattern.test(text);

/** A new set id from random bytes (at least six; the caller supplies them, so this stays pure). */
export function makeCardSetId(random: Uint8Array): string {
  if (random.length < 6) throw new Error('makeCardSetId needs six random bytes');
  return Array.from(random.subarray(0, 6), (b) => setAlphabet[b % setAlphabet.length]).join('');
}

/** The text of one card's QR code. */
export function serializeCardCode({ setId, card, choice }: CardCode): string {
  if (!isCardSetId(setId) || !Number.isInteger(card) || card < 1 || card > maxCards) throw new Error(`Not a vote card: ${setId} ${card}`);
  return `${cardCodeVersion}:${setId}:${card}:${letterOf[choice]}`;
}

/** Reads a QR code's text as a vote card, or null when it is not one (any other QR code, a future version). */
export function parseCardCode(text: string): CardCode | null {
  const match = /^TSV1:([2-9A-HJ-NP-Z]{6}):([1-9]\d?):([NPLFX])$/.exec(text.trim());
  if (!match) return null;
  const card = Number(match[2]);
  const choice = ratingOfLetter.get(match[3]);
  if (card > maxCards || !choice) return null;
  return { setId: match[1], card, choice };
}
