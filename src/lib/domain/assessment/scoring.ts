import { methodology } from '../methodology/methodology';
import type { Stage, StageId } from '../methodology/types';
import type { Assessment, RatingLevel } from './types';

/** Points per level: a rule that is fully in place counts 3, one not started counts 0. */
export const levelPoints: Record<RatingLevel, number> = {
  'not-started': 0,
  partly: 1,
  largely: 2,
  fully: 3
};
const maxPoints = 3;

export interface Progress {
  /** Rules with any rating, "not applicable" included. */
  rated: number;
  total: number;
  /** Actions ticked as done. */
  actionsDone: number;
  actionsTotal: number;
}

export interface Score {
  /** 0 to 100, or null when no rule of the scope has a rating other than "not applicable". */
  percent: number | null;
  /** Rules that count towards the score (rated, not N/A). */
  counted: number;
  notApplicable: number;
}

function stagesOf(scope: StageId | 'all'): Stage[] {
  return scope === 'all' ? methodology.stages : methodology.stages.filter((s) => s.id === scope);
}

/** How far the team has got through a stage, or through the whole method. */
export function progressOf(a: Assessment, scope: StageId | 'all' = 'all'): Progress {
  const stages = stagesOf(scope);
  const rules = stages.flatMap((s) => s.rules);
  const actions = stages.flatMap((s) => s.actions);
  return {
    rated: rules.filter((r) => a.responses[r.id]?.rating != null).length,
    total: rules.length,
    actionsDone: actions.filter((x) => a.actions[x.id]?.done).length,
    actionsTotal: actions.length
  };
}

/** The share of the best possible rating the scope's rated rules reach; N/A and unrated rules are left out. */
export function scoreOf(a: Assessment, scope: StageId | 'all' = 'all'): Score {
  const rules = stagesOf(scope).flatMap((s) => s.rules);
  let points = 0;
  let counted = 0;
  let notApplicable = 0;
  for (const rule of rules) {
    const rating = a.responses[rule.id]?.rating;
    if (rating == null) continue;
    if (rating === 'not-applicable') {
      notApplicable++;
      continue;
    }
    points += levelPoints[rating];
    counted++;
  }
  return {
    percent: counted === 0 ? null : Math.round((points / (counted * maxPoints)) * 100),
    counted,
    notApplicable
  };
}

/** The score of one stage. */
export function scoreStage(a: Assessment, stage: StageId): Score {
  return scoreOf(a, stage);
}
