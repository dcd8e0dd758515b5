import { allRules, methodology } from '../methodology/methodology';
import type { RuleId, StageId } from '../methodology/types';
import { levelPoints, scoreOf, type Score } from './scoring';
import type { Assessment, Rating } from './types';

/** How one rule's rating moved between two assessments. */
export type RuleChange = 'improved' | 'declined' | 'same' | 'not-comparable';

export interface StageComparison {
  stageId: StageId | 'all';
  before: Score;
  after: Score;
  /** Percentage points, after minus before; null when either side has no score. */
  delta: number | null;
}

export interface RuleComparison {
  ruleId: RuleId;
  stageId: StageId;
  before: Rating | null;
  after: Rating | null;
  /** Levels moved (e.g. Partly to Fully is +2); null when either side is unrated or N/A. */
  delta: number | null;
  change: RuleChange;
}

export interface Comparison {
  stages: StageComparison[];
  overall: StageComparison;
  rules: RuleComparison[];
}

function compareScope(before: Assessment, after: Assessment, scope: StageId | 'all'): StageComparison {
  const b = scoreOf(before, scope);
  const a = scoreOf(after, scope);
  return { stageId: scope, before: b, after: a, delta: a.percent === null || b.percent === null ? null : a.percent - b.percent };
}

function compareRule(before: Rating | null, after: Rating | null): Pick<RuleComparison, 'delta' | 'change'> {
  if (before == null || after == null || before === 'not-applicable' || after === 'not-applicable') {
    return { delta: null, change: before === after ? 'same' : 'not-comparable' };
  }
  const delta = levelPoints[after] - levelPoints[before];
  return { delta, change: delta > 0 ? 'improved' : delta < 0 ? 'declined' : 'same' };
}

/** Per-stage, overall and per-rule change from `before` to `after` (e.g. two workshops a year apart). */
export function compareAssessments(before: Assessment, after: Assessment): Comparison {
  return {
    stages: methodology.stages.map((s) => compareScope(before, after, s.id)),
    overall: compareScope(before, after, 'all'),
    rules: allRules.map((rule) => {
      const b = before.responses[rule.id]?.rating ?? null;
      const a = after.responses[rule.id]?.rating ?? null;
      return { ruleId: rule.id, stageId: rule.stage, before: b, after: a, ...compareRule(b, a) };
    })
  };
}

/** A service name as people mean it: no case, accents or extra spaces, so "Εύρεση  παιδοκόμου" matches "ευρεση παιδοκομου". */
export function serviceKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when two assessments are of the same service. */
export function isSameService(a: Pick<Assessment, 'serviceName'>, b: Pick<Assessment, 'serviceName'>): boolean {
  return serviceKey(a.serviceName) === serviceKey(b.serviceName);
}
