import type { RatingLevel } from '$lib/domain/assessment/types';
import type { RuleId } from '$lib/domain/methodology/types';

/** Hidden: the tally shows only how many voted until the facilitator reveals it. Open: it shows as votes come in. */
export type VoteMode = 'hidden' | 'open';

const MODE_KEY = 'tessera.voteMode';
const isVoteMode = (value: unknown): value is VoteMode => value === 'hidden' || value === 'open';

/**
 * How the workshop collects votes: hidden first (so the first loud voice cannot anchor the
 * others), or open as before. The mode is this facilitator's habit, a device preference; which
 * rules were revealed, and the votes that can still be taken back, belong to this meeting only,
 * so they live in memory: after a reload a hidden tally is hidden again, never shown by accident.
 */
class WorkshopVoting {
  #mode = $state<VoteMode>(readMode());
  #revealed = $state<ReadonlySet<string>>(new Set());
  #lastVotes = $state<ReadonlyMap<string, readonly RatingLevel[]>>(new Map());

  get mode(): VoteMode {
    return this.#mode;
  }

  /** Switches between hidden and open votes, and remembers the choice on this device. */
  setMode(mode: VoteMode): void {
    this.#mode = mode;
    try {
      localStorage.setItem(MODE_KEY, mode);
    } catch {
      // storage blocked: the choice holds for this visit
    }
  }

  /** Whether the tally of this rule is shown: always in open mode, after "Reveal" in hidden mode. */
  shows(assessmentId: string, ruleId: RuleId): boolean {
    return this.#mode === 'open' || this.#revealed.has(key(assessmentId, ruleId));
  }

  reveal(assessmentId: string, ruleId: RuleId): void {
    this.#revealed = new Set(this.#revealed).add(key(assessmentId, ruleId));
  }

  /** A new round (the votes were cleared): hidden again, nothing left to take back. */
  newRound(assessmentId: string, ruleId: RuleId): void {
    const revealed = new Set(this.#revealed);
    revealed.delete(key(assessmentId, ruleId));
    this.#revealed = revealed;
    this.#forget(assessmentId, ruleId);
  }

  /** Remembers a hidden vote, so a mistaken tap can be taken back without showing the tally. */
  counted(assessmentId: string, ruleId: RuleId, level: RatingLevel): void {
    const k = key(assessmentId, ruleId);
    this.#lastVotes = new Map(this.#lastVotes).set(k, [...(this.#lastVotes.get(k) ?? []), level]);
  }

  /** Whether a vote of this meeting can be taken back. */
  canTakeBack(assessmentId: string, ruleId: RuleId): boolean {
    return (this.#lastVotes.get(key(assessmentId, ruleId))?.length ?? 0) > 0;
  }

  /** The level of the latest vote still to take back, forgotten here; null when none. */
  takeBack(assessmentId: string, ruleId: RuleId): RatingLevel | null {
    const k = key(assessmentId, ruleId);
    const votes = this.#lastVotes.get(k) ?? [];
    if (votes.length === 0) return null;
    this.#lastVotes = new Map(this.#lastVotes).set(k, votes.slice(0, -1));
    return votes[votes.length - 1];
  }

  #forget(assessmentId: string, ruleId: RuleId): void {
    const lastVotes = new Map(this.#lastVotes);
    lastVotes.delete(key(assessmentId, ruleId));
    this.#lastVotes = lastVotes;
  }
}

// A rule id has no "|", so the pair cannot be confused whatever the assessment's id holds.
const key = (assessmentId: string, ruleId: RuleId) => `${ruleId}|${assessmentId}`;

function readMode(): VoteMode {
  try {
    const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(MODE_KEY);
    return isVoteMode(saved) ? saved : 'hidden';
  } catch {
    return 'hidden';
  }
}

export const workshopVoting = new WorkshopVoting();
