import { allRules } from '../methodology/methodology';
import type { RuleId, StageId } from '../methodology/types';
import { putNextStep } from './edits';
import { gapOf } from './targets';
import { nextStepStatuses, type Assessment, type NextStep, type NextStepStatus, type Timestamp } from './types';

/**
 * The action plan: every agreed next step of an assessment, with the rule and stage it belongs
 * to, so the organisation can follow them up in one list.
 */

export interface ActionPlanEntry {
  step: NextStep;
  ruleId: RuleId;
  stageId: StageId;
  /** Position of the rule in the method (0-based), then of the step within its rule. */
  ruleOrder: number;
  stepOrder: number;
  /** Levels the step's rule is below its target, or null when it has no target or rating. */
  gap: number | null;
}

export type StatusFilter = NextStepStatus | 'all' | 'not-done';
export interface ActionPlanFilter {
  status: StatusFilter;
  /** An owner's name as written (compared without case or surrounding spaces), '' for steps with no owner, or 'all'. */
  owner: string;
  stage: StageId | 'all';
}
export const noFilter: ActionPlanFilter = { status: 'all', owner: 'all', stage: 'all' };

export const sortKeys = ['stage', 'due', 'owner', 'status', 'gap'] as const;
export type SortKey = (typeof sortKeys)[number];

const normalise = (s: string) => s.trim().toLocaleLowerCase();

/** Every next step of the assessment, in method order (stage, rule, then as entered). */
export function collectActionPlan(a: Assessment): ActionPlanEntry[] {
  return allRules.flatMap((rule, ruleOrder) =>
    (a.responses[rule.id]?.nextSteps ?? []).map((step, stepOrder) => ({
      step,
      ruleId: rule.id,
      stageId: rule.stage,
      ruleOrder,
      stepOrder,
      gap: gapOf(a.responses[rule.id])
    }))
  );
}

/** The entries that match every part of the filter. */
export function filterActionPlan(entries: ActionPlanEntry[], f: ActionPlanFilter): ActionPlanEntry[] {
  return entries.filter(
    (e) =>
      (f.status === 'all' || (f.status === 'not-done' ? e.step.status !== 'done' : e.step.status === f.status)) &&
      (f.owner === 'all' || normalise(e.step.owner) === normalise(f.owner)) &&
      (f.stage === 'all' || e.stageId === f.stage)
  );
}

const byMethod = (x: ActionPlanEntry, y: ActionPlanEntry) => x.ruleOrder - y.ruleOrder || x.stepOrder - y.stepOrder;

/** Empty values last, whatever the order. */
function blanksLast(x: string, y: string, compare: (x: string, y: string) => number): number {
  if (!x && !y) return 0;
  if (!x) return 1;
  if (!y) return -1;
  return compare(x, y);
}

/**
 * A sorted copy. Due dates earliest first; owners alphabetically in the given locale; statuses in
 * workflow order (to do, in progress, done); stage means method order; gap puts the steps of the
 * rules furthest below their target first. Steps with no date, owner or target come last, and ties
 * keep method order.
 */
export function sortActionPlan(entries: ActionPlanEntry[], key: SortKey, locale?: string): ActionPlanEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const compare: Record<SortKey, (x: ActionPlanEntry, y: ActionPlanEntry) => number> = {
    stage: () => 0,
    due: (x, y) => blanksLast(x.step.due, y.step.due, (p, q) => p.localeCompare(q)),
    owner: (x, y) => blanksLast(x.step.owner.trim(), y.step.owner.trim(), collator.compare),
    status: (x, y) => nextStepStatuses.indexOf(x.step.status) - nextStepStatuses.indexOf(y.step.status),
    gap: (x, y) => (y.gap ?? -1) - (x.gap ?? -1)
  };
  return [...entries].sort((x, y) => compare[key](x, y) || byMethod(x, y));
}

/** The distinct owners named in the plan (first spelling kept), sorted in the given locale. */
export function ownersOf(entries: ActionPlanEntry[], locale?: string): string[] {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const owner = e.step.owner.trim();
    if (owner && !seen.has(normalise(owner))) seen.set(normalise(owner), owner);
  }
  return [...seen.values()].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare);
}

/** How many steps are in each status. */
export function countByStatus(entries: ActionPlanEntry[]): Record<NextStepStatus, number> {
  const counts: Record<NextStepStatus, number> = { open: 0, 'in-progress': 0, done: 0 };
  for (const e of entries) counts[e.step.status]++;
  return counts;
}

/** True when a step that is not done is past its due date on the given day (YYYY-MM-DD). */
export function isOverdue(step: NextStep, today: string): boolean {
  return step.status !== 'done' && step.due !== '' && step.due < today;
}

/**
 * Changes some fields of a stored next step and keeps the rest as stored, so two quick edits of
 * different fields (owner, then due date) never undo each other. Unknown steps are left alone.
 */
export function patchNextStep(a: Assessment, ruleId: RuleId, stepId: string, change: Partial<Omit<NextStep, 'id' | 'updatedAt'>>, now: Timestamp): Assessment {
  const current = a.responses[ruleId]?.nextSteps.find((s) => s.id === stepId);
  if (!current) return a;
  return putNextStep(a, ruleId, { ...current, ...change }, stepId, now);
}
