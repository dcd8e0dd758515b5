import type { ActionId, RuleId } from '../methodology/types';
import type { ActionState, Assessment, NextStep, RuleResponse } from '../assessment/types';

/*
 * Field-by-field copies of the model. Export uses them so stray runtime fields never reach a file
 * (our own strict parser would then refuse it); merge uses them so the merged record shares nothing
 * with either side. (An imported file needs no copy: valibot's output is already fresh.)
 */

/** A copy of a next step with exactly the model's fields. */
export function copyNextStep(s: NextStep): NextStep {
  return { id: s.id, text: s.text, owner: s.owner, due: s.due, status: s.status, updatedAt: s.updatedAt };
}

/** A copy of a rule response with exactly the model's fields. */
export function copyResponse(r: RuleResponse): RuleResponse {
  return {
    rating: r.rating,
    naReason: r.naReason,
    note: r.note,
    evidence: r.evidence.map((e) => ({ id: e.id, url: e.url, label: e.label })),
    nextSteps: r.nextSteps.map(copyNextStep),
    target: r.target,
    targetDate: r.targetDate,
    votes: {
      'not-started': r.votes['not-started'],
      partly: r.votes.partly,
      largely: r.votes.largely,
      fully: r.votes.fully
    },
    ...(r.dissent && { dissent: r.dissent }),
    updatedAt: r.updatedAt
  };
}

/** A copy of a record of timestamps, built with own properties only. */
const copyRecord = (r: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(r));

/** A copy of an assessment with exactly the model's fields, deep. */
export function copyAssessment(a: Assessment): Assessment {
  // fromEntries defines own properties, so even a key named __proto__ could not reach a prototype.
  const responses: Partial<Record<RuleId, RuleResponse>> = Object.fromEntries(
    Object.entries(a.responses).flatMap(([ruleId, r]) => (r ? [[ruleId, copyResponse(r)]] : []))
  );
  const actions: Partial<Record<ActionId, ActionState>> = Object.fromEntries(
    Object.entries(a.actions).flatMap(([id, s]) => (s ? [[id, { done: s.done, updatedAt: s.updatedAt }]] : []))
  );
  return {
    id: a.id,
    serviceName: a.serviceName,
    organisation: a.organisation,
    description: a.description,
    facilitator: a.facilitator,
    participants: a.participants.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    workshopDate: a.workshopDate,
    methodologyVersion: a.methodologyVersion,
    tags: [...a.tags],
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    closedAt: a.closedAt,
    responses,
    actions,
    parkingLot: a.parkingLot.map((p) => ({
      id: p.id,
      text: p.text,
      ruleId: p.ruleId,
      resolved: p.resolved,
      createdAt: p.createdAt
    })),
    clocks: { changed: copyRecord(a.clocks.changed), removed: copyRecord(a.clocks.removed), added: copyRecord(a.clocks.added ?? {}) }
  };
}
