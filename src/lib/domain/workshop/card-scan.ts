import { emptyVotes } from '../assessment/factory';
import type { Rating, VoteTally } from '../assessment/types';
import { maxCards, parseCardCode } from './vote-card-code';

/**
 * The cards read so far in one scan: one choice per card number, the last reading winning (a
 * participant who turns to another card has changed their mind). What was not a card of this set
 * is remembered by its text, so the same stray code seen in every frame counts once.
 */
export interface CardScan {
  /** The set being read; null until the first card of a device that never printed cards. */
  readonly setId: string | null;
  readonly choices: ReadonlyMap<number, Rating>;
  /** Distinct codes of vote cards from another set. */
  readonly otherSets: ReadonlySet<string>;
  /** Distinct QR codes that are not vote cards. */
  readonly unknown: ReadonlySet<string>;
}

/** A scan with nothing read yet, of this device's set (null: the first card read names the set). */
export function startScan(setId: string | null): CardScan {
  return { setId, choices: new Map(), otherSets: new Set(), unknown: new Set() };
}

/**
 * Adds the codes read in one frame, in the order the detector gave them (a later one wins over an
 * earlier one of the same card). Returns the same object when nothing changed, so a camera that
 * sees the same room frame after frame causes no update.
 */
export function recordReadings(scan: CardScan, texts: readonly string[]): CardScan {
  let { setId } = scan;
  let choices: Map<number, Rating> | null = null;
  let otherSets: Set<string> | null = null;
  let unknown: Set<string> | null = null;
  for (const text of texts) {
    const code = parseCardCode(text);
    if (!code) {
      if (!scan.unknown.has(text) && !unknown?.has(text)) (unknown ??= new Set(scan.unknown)).add(text);
      continue;
    }
    setId ??= code.setId;
    if (code.setId !== setId) {
      if (!scan.otherSets.has(text) && !otherSets?.has(text)) (otherSets ??= new Set(scan.otherSets)).add(text);
      continue;
    }
    if ((choices ?? scan.choices).get(code.card) !== code.choice) (choices ??= new Map(scan.choices)).set(code.card, code.choice);
  }
  if (!choices && !otherSets && !unknown && setId === scan.setId) return scan;
  return { setId, choices: choices ?? scan.choices, otherSets: otherSets ?? scan.otherSets, unknown: unknown ?? scan.unknown };
}

export interface ScanSummary {
  /** Cards read (each card once, "not applicable" included). */
  read: number;
  /** Cards expected: those handed out, or more when a higher number was read. */
  expected: number;
  /** Card numbers up to `expected` not read yet, in order. */
  missing: number[];
  /** The votes for the four levels, ready to become the rule's tally. */
  tally: VoteTally;
  /** Cards read as "not applicable": counted as read, not part of the tally. */
  notApplicable: number;
  otherSets: number;
  unknown: number;
}

/** What a scan amounts to, for a room that was handed `handedOut` cards (0 when unknown). */
export function summariseScan(scan: CardScan, handedOut: number): ScanSummary {
  const tally = emptyVotes();
  let notApplicable = 0;
  for (const choice of scan.choices.values()) {
    if (choice === 'not-applicable') notApplicable++;
    else tally[choice]++;
  }
  const highest = Math.max(0, ...scan.choices.keys());
  const expected = Math.min(maxCards, Math.max(handedOut, highest));
  const missing: number[] = [];
  for (let card = 1; card <= expected; card++) if (!scan.choices.has(card)) missing.push(card);
  return { read: scan.choices.size, expected, missing, tally, notApplicable, otherSets: scan.otherSets.size, unknown: scan.unknown.size };
}
