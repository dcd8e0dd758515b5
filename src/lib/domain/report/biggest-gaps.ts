import { allRules } from '../methodology/methodology';
import type { RuleId } from '../methodology/types';
import { levelPoints } from '../assessment/scoring';
import type { Assessment, RatingLevel } from '../assessment/types';

/** A rule that falls short, for the report's cover. */
export interface BiggestGap {
  ruleId: RuleId;
  rating: RatingLevel;
  /** The level the team aims for: its target, or "fully" when it set none. */
  aim: RatingLevel;
  /** Levels still to climb, 1 to 3. */
  levels: number;
}

/**
 * The rated rules furthest from where the team wants them (their target, or "fully in place"),
 * widest gap first, then the lower rating, then method order; rules that do not apply, are not
 * rated or have reached their aim are left out.
 */
export function biggestGaps(a: Assessment, count = 3): BiggestGap[] {
  const gaps: BiggestGap[] = [];
  for (const rule of allRules) {
    const r = a.responses[rule.id];
    if (!r?.rating || r.rating === 'not-applicable') continue;
    const aim = r.target ?? 'fully';
    const levels = levelPoints[aim] - levelPoints[r.rating];
    if (levels > 0) gaps.push({ ruleId: rule.id, rating: r.rating, aim, levels });
  }
  // Array.prototype.sort is stable: equal gaps keep method order.
  return gaps.sort((x, y) => y.levels - x.levels || levelPoints[x.rating] - levelPoints[y.rating]).slice(0, count);
}
