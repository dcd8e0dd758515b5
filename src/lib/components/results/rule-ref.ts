import { assessmentHref } from '$lib/components/assessment/assessment-href';
import { tDynamic } from '$lib/i18n/i18n.svelte';
import { findRule, findStage } from '$lib/domain/methodology/methodology';
import type { RuleId } from '$lib/domain/methodology/types';

/** A rule's short reference in the current language, e.g. "1.2 Objective defined". */
export function ruleLabel(ruleId: RuleId): string {
  const rule = findRule(ruleId);
  const stage = rule && findStage(rule.stage);
  if (!rule || !stage) return ruleId;
  return `${stage.number}.${rule.number} ${tDynamic(`methodology:${ruleId}.short`)}`;
}

/** The address of a rule on its stage page (RuleCard's element id is the rule id with dashes). */
export function ruleHref(assessmentId: string, ruleId: RuleId): string {
  const stage = ruleId.split('.')[0];
  return assessmentHref('/assessment/stage', assessmentId, { stage }, ruleId.replaceAll('.', '-'));
}
