import type { RuleId } from '../methodology/types';
import { responseOf, updateResponse } from './edits';
import { emptyVotes } from './factory';
import { ratingLevels, type Assessment, type RatingLevel, type Timestamp, type VoteTally } from './types';

/**
 * Anonymous workshop votes. A tally only counts how many people chose each level: nobody's
 * name is recorded, so the group can vote honestly and the file can be shared.
 */

/** How close the group's votes are: one level, two neighbouring levels, or further apart. */
export type Agreement = 'unanimous' | 'close' | 'divided';

export interface TallySummary {
  total: number;
  /** Levels with the most votes (several when tied), lowest first; empty with no votes. */
  mode: RatingLevel[];
  /** The middle vote in scale order; for an even count the lower of the two middle votes. */
  median: RatingLevel | null;
  /** How many levels lie between the lowest and the highest vote (0 to 3). */
  spread: number;
  agreement: Agreement | null;
  /** The rating to propose to the group: the median, which one outlier cannot drag. */
  suggested: RatingLevel | null;
}

const clampCount = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/** A tally with every level present and every count a whole number ≥ 0, whatever was stored. */
export function normaliseTally(tally: Partial<VoteTally> | undefined): VoteTally {
  const out = emptyVotes();
  for (const level of ratingLevels) out[level] = clampCount(tally?.[level]);
  return out;
}

function changeVotes(a: Assessment, ruleId: RuleId, now: Timestamp, change: (t: VoteTally) => VoteTally): Assessment {
  return updateResponse(a, ruleId, (r) => ({ votes: change(normaliseTally(r.votes)) }), now);
}

/** Counts one more vote for a level. */
export function addVote(a: Assessment, ruleId: RuleId, level: RatingLevel, now: Timestamp): Assessment {
  return changeVotes(a, ruleId, now, (t) => ({ ...t, [level]: t[level] + 1 }));
}

/** Takes one vote away from a level (never below zero), e.g. after a mistaken tap. */
export function removeVote(a: Assessment, ruleId: RuleId, level: RatingLevel, now: Timestamp): Assessment {
  return changeVotes(a, ruleId, now, (t) => ({ ...t, [level]: Math.max(0, t[level] - 1) }));
}

/** Clears all votes of a rule, and the minority view they led to, to vote again. */
export function resetVotes(a: Assessment, ruleId: RuleId, now: Timestamp): Assessment {
  return noteDissent(
    changeVotes(a, ruleId, now, () => emptyVotes()),
    ruleId,
    '',
    now
  );
}

/**
 * Records the minority view after a vote the group did not agree on; blank text removes it, so a
 * response holds a said view or none (never an empty one).
 */
export function noteDissent(a: Assessment, ruleId: RuleId, text: string, now: Timestamp): Assessment {
  const { dissent: _old, ...rest } = responseOf(a, ruleId);
  const next = text.trim() ? { ...rest, dissent: text, updatedAt: now } : { ...rest, updatedAt: now };
  return { ...a, updatedAt: now, responses: { ...a.responses, [ruleId]: next } };
}

/** Total, spread, median, mode, agreement and the suggested rating of a tally. */
export function tallySummary(tally: Partial<VoteTally> | undefined): TallySummary {
  const t = normaliseTally(tally);
  const total = ratingLevels.reduce((sum, level) => sum + t[level], 0);
  if (total === 0) return { total, mode: [], median: null, spread: 0, agreement: null, suggested: null };

  const most = Math.max(...ratingLevels.map((l) => t[l]));
  const mode = ratingLevels.filter((l) => t[l] === most);

  const middle = Math.ceil(total / 2);
  let seen = 0;
  let median: RatingLevel = ratingLevels[0];
  for (const level of ratingLevels) {
    seen += t[level];
    if (seen >= middle) {
      median = level;
      break;
    }
  }

  const voted = ratingLevels.map((l, i) => (t[l] > 0 ? i : -1)).filter((i) => i >= 0);
  const spread = voted[voted.length - 1] - voted[0];
  const agreement: Agreement = spread === 0 ? 'unanimous' : spread === 1 ? 'close' : 'divided';
  return { total, mode, median, spread, agreement, suggested: median };
}

/** Each level's share of the votes, 0 to 100, rounded; all 0 with no votes. */
export function voteShares(tally: Partial<VoteTally> | undefined): VoteTally {
  const t = normaliseTally(tally);
  const total = ratingLevels.reduce((sum, level) => sum + t[level], 0);
  const out = emptyVotes();
  if (total === 0) return out;
  for (const level of ratingLevels) out[level] = Math.round((t[level] / total) * 100);
  return out;
}

/** Sets the whole tally at once, e.g. from the vote cards read by the camera (it replaces what was counted before). */
export function setVotes(a: Assessment, ruleId: RuleId, tally: VoteTally, now: Timestamp): Assessment {
  return changeVotes(a, ruleId, now, () => normaliseTally(tally));
}
