import type { ActionId, RuleId } from '../methodology/types';
import { emptyResponse } from './factory';
import type { Assessment, NextStep, Rating, RuleResponse, Timestamp } from './types';

/**
 * Pure edits: each returns a new assessment and leaves its input untouched, so the UI can
 * hand the result to storage and keep the old value for undo.
 */

/** The response to a rule, or an empty one if the rule was never touched. */
export function responseOf(a: Assessment, ruleId: RuleId): RuleResponse {
  return a.responses[ruleId] ?? emptyResponse(a.createdAt);
}

/** Applies a change to one rule's response and stamps both it and the assessment. */
export function updateResponse(
  a: Assessment,
  ruleId: RuleId,
  change: (r: RuleResponse) => Partial<RuleResponse>,
  now: Timestamp
): Assessment {
  const current = responseOf(a, ruleId);
  const next: RuleResponse = { ...current, ...change(current), updatedAt: now };
  return { ...a, updatedAt: now, responses: { ...a.responses, [ruleId]: next } };
}

/** Sets a rule's rating; leaving "not applicable" clears its reason. */
export function rate(a: Assessment, ruleId: RuleId, rating: Rating | null, now: Timestamp): Assessment {
  return updateResponse(
    a,
    ruleId,
    (r) => ({ rating, naReason: rating === 'not-applicable' ? r.naReason : '' }),
    now
  );
}

/** Ticks or unticks an action. */
export function setActionDone(a: Assessment, actionId: ActionId, done: boolean, now: Timestamp): Assessment {
  return { ...a, updatedAt: now, actions: { ...a.actions, [actionId]: { done, updatedAt: now } } };
}

/** Adds, replaces (same id) or removes (null) a next step of a rule. */
export function putNextStep(
  a: Assessment,
  ruleId: RuleId,
  step: NextStep | null,
  stepId: string,
  now: Timestamp
): Assessment {
  return updateResponse(
    a,
    ruleId,
    (r) => {
      const others = r.nextSteps.filter((s) => s.id !== stepId);
      if (!step) return { nextSteps: others };
      const stamped = { ...step, updatedAt: now };
      const index = r.nextSteps.findIndex((s) => s.id === stepId);
      const nextSteps = [...r.nextSteps];
      if (index === -1) nextSteps.push(stamped);
      else nextSteps[index] = stamped;
      return { nextSteps };
    },
    now
  );
}

/** Changes the assessment's own details (name, organisation, people, date, tags). */
export function editDetails(a: Assessment, details: Partial<Assessment>, now: Timestamp): Assessment {
  const { id: _id, responses: _r, actions: _a, createdAt: _c, ...allowed } = details;
  return { ...a, ...allowed, updatedAt: now };
}
