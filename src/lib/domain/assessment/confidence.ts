import { allRules, findStage } from '../methodology/methodology';
import type { RuleId, StageId } from '../methodology/types';
import { ratingLevels, type Assessment, type RatingLevel, type RuleResponse } from './types';
import { tallySummary, type Agreement } from './votes';

/*
 * How solid a rating is: how many voted, how far apart their votes were, and what evidence backs
 * it. A score is only as good as what it rests on; results and the report show this beside it.
 */

/** Why a rating is weak: nothing shown to back it, or the group's votes far apart. */
export type Weakness = 'no-evidence' | 'wide-spread';

export interface RuleConfidence {
  /** Votes cast on the rule (0 when the group did not vote). */
  votes: number;
  /** How close the votes were; null with no votes. */
  agreement: Agreement | null;
  /** The lowest and highest level voted; null with no votes. */
  range: readonly [RatingLevel, RatingLevel] | null;
  /** Evidence links plus photos and files attached to the rule. */
  evidence: number;
  /** Empty for a solid rating, and for a rule not rated on the scale (unrated or not applicable). */
  weaknesses: Weakness[];
}

/** How many photos and files each golden rule has. */
export type EvidenceCounts = Partial<Record<RuleId, number>>;

/** The confidence of one rule's rating. */
export function ruleConfidence(response: RuleResponse | undefined, files = 0): RuleConfidence {
  const summary = tallySummary(response?.votes);
  const voted = ratingLevels.filter((l) => (response?.votes?.[l] ?? 0) > 0);
  const evidence = (response?.evidence?.length ?? 0) + Math.max(0, files);
  const rated = response?.rating != null && response.rating !== 'not-applicable';
  const weaknesses: Weakness[] = [];
  if (rated && evidence === 0) weaknesses.push('no-evidence');
  if (rated && summary.agreement === 'divided') weaknesses.push('wide-spread');
  return {
    votes: summary.total,
    agreement: summary.agreement,
    range: voted.length > 0 ? [voted[0], voted[voted.length - 1]] : null,
    evidence,
    weaknesses
  };
}

export interface StageConfidence {
  /** Rules rated on the scale (not applicable and unrated left out). */
  rated: number;
  votes: number;
  evidence: number;
  /** Rated rules with no evidence, and with a wide spread of votes (a rule may be both). */
  noEvidence: number;
  wideSpread: number;
  /** Rated rules with at least one weakness. */
  weak: number;
}

/** The confidence of a stage's score: what its rated rules rest on. */
export function stageConfidence(a: Assessment, stage: StageId, files: EvidenceCounts = {}): StageConfidence {
  const out: StageConfidence = { rated: 0, votes: 0, evidence: 0, noEvidence: 0, wideSpread: 0, weak: 0 };
  for (const rule of findStage(stage)?.rules ?? []) {
    const response = a.responses?.[rule.id];
    const c = ruleConfidence(response, files[rule.id] ?? 0);
    out.votes += c.votes;
    out.evidence += c.evidence;
    if (response?.rating == null || response.rating === 'not-applicable') continue;
    out.rated += 1;
    if (c.weaknesses.includes('no-evidence')) out.noEvidence += 1;
    if (c.weaknesses.includes('wide-spread')) out.wideSpread += 1;
    if (c.weaknesses.length > 0) out.weak += 1;
  }
  return out;
}

/** The weak ratings of an assessment, in the method's order, with why each is weak. */
export function weakRatings(a: Assessment, files: EvidenceCounts = {}): { ruleId: RuleId; confidence: RuleConfidence }[] {
  return allRules
    .map((rule) => ({ ruleId: rule.id, confidence: ruleConfidence(a.responses?.[rule.id], files[rule.id] ?? 0) }))
    .filter(({ confidence }) => confidence.weaknesses.length > 0);
}

/** How many photos and files each rule has, from the attachments' rule ids. */
export function evidenceCountsOf(files: readonly { ruleId: RuleId }[]): EvidenceCounts {
  const counts: EvidenceCounts = {};
  for (const f of files) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return counts;
}
