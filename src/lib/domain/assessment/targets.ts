import { methodology } from '../methodology/methodology';
import type { RuleId, StageId } from '../methodology/types';
import { levelPoints } from './scoring';
import type { Assessment, Rating, RatingLevel, RuleResponse } from './types';

/** The levels a team can aim for; "not started" is never a target. */
export const targetLevels: readonly RatingLevel[] = ['partly', 'largely', 'fully'];

/**
 * How many levels the rule still has to climb to reach its target (0 when reached or passed),
 * or null when there is no target, no rating yet, or the rule does not apply.
 */
export function gapOf(r: RuleResponse | undefined): number | null {
  if (!r?.target || r.rating == null || r.rating === 'not-applicable') return null;
  return Math.max(0, levelPoints[r.target] - levelPoints[r.rating]);
}

export interface TargetRow {
  ruleId: RuleId;
  stageId: StageId;
  current: Rating | null;
  target: RatingLevel;
  targetDate: string;
  gap: number | null;
}

/** Every rule of the scope that has a target, in method order. */
export function targetRows(a: Assessment, scope: StageId | 'all' = 'all'): TargetRow[] {
  return methodology.stages
    .filter((s) => scope === 'all' || s.id === scope)
    .flatMap((s) => s.rules)
    .flatMap((rule) => {
      const r = a.responses[rule.id];
      if (!r?.target) return [];
      return [{ ruleId: rule.id, stageId: rule.stage, current: r.rating, target: r.target, targetDate: r.targetDate, gap: gapOf(r) }];
    });
}

export interface StageTarget {
  stageId: StageId;
  /** Rules of the stage with both a target and a rating other than N/A. */
  compared: number;
  /** Their score today and the score their targets would give, 0 to 100; null when none compared. */
  current: number | null;
  target: number | null;
}

/** Where each stage stands against where the team wants it, on the rules that have a target. */
export function stageTargets(a: Assessment): StageTarget[] {
  return methodology.stages.map((stage) => {
    const rows = targetRows(a, stage.id).filter((row) => row.gap !== null);
    const percent = (points: number) => Math.round((points / (rows.length * 3)) * 100);
    if (rows.length === 0) return { stageId: stage.id, compared: 0, current: null, target: null };
    const current = rows.reduce((sum, row) => sum + levelPoints[row.current as RatingLevel], 0);
    const target = rows.reduce((sum, row) => sum + levelPoints[row.target], 0);
    return { stageId: stage.id, compared: rows.length, current: percent(current), target: percent(target) };
  });
}
