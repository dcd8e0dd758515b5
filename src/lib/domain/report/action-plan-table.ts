import type { ActionPlanEntry } from '../assessment/action-plan';
import type { NextStepStatus } from '../assessment/types';
import type { RuleId, StageId } from '../methodology/types';

/** The words a table of the action plan needs, in the reader's language. */
export interface ActionPlanTableLabels {
  headers: { stage: string; rule: string; step: string; owner: string; due: string; status: string };
  stage: (id: StageId) => string;
  rule: (id: RuleId) => string;
  status: (s: NextStepStatus) => string;
}

/**
 * The action plan as rows of text, header first: stage, golden rule, next step, owner, due date
 * (ISO, YYYY-MM-DD, which every spreadsheet reads as a date whatever its language) and status.
 */
export function actionPlanTable(entries: ActionPlanEntry[], labels: ActionPlanTableLabels): string[][] {
  const h = labels.headers;
  return [
    [h.stage, h.rule, h.step, h.owner, h.due, h.status],
    ...entries.map((e) => [labels.stage(e.stageId), labels.rule(e.ruleId), e.step.text, e.step.owner.trim(), e.step.due, labels.status(e.step.status)])
  ];
}

/** A file name from free text: no characters that Windows, macOS or Android refuse, at most 60 long. */
export function safeFileName(text: string): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .replace(/[ .]+$/, '');
  return cleaned || 'Tessera';
}
