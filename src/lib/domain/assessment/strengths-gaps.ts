import { allRules } from '../methodology/methodology';
import type { RuleId, StageId } from '../methodology/types';
import type { Assessment, RatingLevel } from './types';

/** A rated rule, for the strengths and gaps lists. */
export interface RatedRule {
  ruleId: RuleId;
  stageId: StageId;
  rating: RatingLevel;
}

export interface StrengthsAndGaps {
  /** Rules fully or largely in place: fully first, then method order. */
  strengths: RatedRule[];
  /** Rules not started or only partly in place: not started first, then method order. */
  gaps: RatedRule[];
  /** Rules with no rating yet, in method order. */
  unrated: RuleId[];
}

const strong: RatingLevel[] = ['fully', 'largely'];
const weak: RatingLevel[] = ['not-started', 'partly'];

/** Sorts the assessment's rated rules into strengths and gaps; N/A rules are in neither. */
export function strengthsAndGaps(a: Assessment): StrengthsAndGaps {
  const rated: RatedRule[] = [];
  const unrated: RuleId[] = [];
  for (const rule of allRules) {
    const rating = a.responses[rule.id]?.rating;
    if (rating == null) unrated.push(rule.id);
    else if (rating !== 'not-applicable') rated.push({ ruleId: rule.id, stageId: rule.stage, rating });
  }
  // Array.prototype.sort is stable, so equal levels keep method order.
  const pick = (levels: RatingLevel[]) => rated.filter((r) => levels.includes(r.rating)).sort((x, y) => levels.indexOf(x.rating) - levels.indexOf(y.rating));
  return { strengths: pick(strong), gaps: pick(weak), unrated };
}
