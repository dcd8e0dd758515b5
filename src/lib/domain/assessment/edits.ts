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
export function updateResponse(a: Assessment, ruleId: RuleId, change: (r: RuleResponse) => Partial<RuleResponse>, now: Timestamp): Assessment {
  const current = responseOf(a, ruleId);
  const next: RuleResponse = { ...current, ...change(current), updatedAt: now };
  return { ...a, updatedAt: now, responses: { ...a.responses, [ruleId]: next } };
}

/** Sets a rule's rating; leaving "not applicable" clears its reason. */
export function rate(a: Assessment, ruleId: RuleId, rating: Rating | null, now: Timestamp): Assessment {
  return updateResponse(a, ruleId, (r) => ({ rating, naReason: rating === 'not-applicable' ? r.naReason : '' }), now);
}

/** Ticks or unticks an action. */
export function setActionDone(a: Assessment, actionId: ActionId, done: boolean, now: Timestamp): Assessment {
  return { ...a, updatedAt: now, actions: { ...a.actions, [actionId]: { done, updatedAt: now } } };
}

/**
 * Adds a next step (a complete one, new id), changes the given fields of a stored one, or removes
 * it (null). Fields are laid over the stored step, so two fields saved one right after the other
 * (text, then owner) both stay, even if the screen had not yet seen the first save. A change to a
 * step that is no longer stored (removed meanwhile) is dropped rather than bringing it back.
 */
export function putNextStep(a: Assessment, ruleId: RuleId, change: Partial<NextStep> | null, stepId: string, now: Timestamp): Assessment {
  const stored = responseOf(a, ruleId).nextSteps.find((s) => s.id === stepId);
  if (change && !stored && !isCompleteStep(change)) return a;
  return updateResponse(
    a,
    ruleId,
    (r) => {
      const others = r.nextSteps.filter((s) => s.id !== stepId);
      if (!change) return { nextSteps: others };
      const stamped = { ...stored, ...change, id: stepId, updatedAt: now } as NextStep;
      const index = r.nextSteps.findIndex((s) => s.id === stepId);
      const nextSteps = [...r.nextSteps];
      if (index === -1) nextSteps.push(stamped);
      else nextSteps[index] = stamped;
      return { nextSteps };
    },
    now
  );
}

function isCompleteStep(step: Partial<NextStep>): step is NextStep {
  return ['text', 'owner', 'due', 'status'].every((field) => typeof step[field as keyof NextStep] === 'string');
}

/** Changes the assessment's own details (name, organisation, people, date, tags). */
export function editDetails(a: Assessment, details: Partial<Assessment>, now: Timestamp): Assessment {
  const { id: _id, responses: _r, actions: _a, createdAt: _c, ...allowed } = details;
  return { ...a, ...allowed, updatedAt: now };
}
