import { t } from '$lib/i18n/i18n.svelte';
import type { RuleConfidence } from '$lib/domain/assessment/confidence';

/** Why a rating is weak, one sentence per reason, as the results, the report and its DOCX say it. */
export function weakReasonLines(c: RuleConfidence): string[] {
  return c.weaknesses.map((weakness) =>
    weakness === 'no-evidence' || !c.range
      ? t('results:confidence.noEvidence')
      : t('results:confidence.wideSpread', { count: c.votes, low: t(`rating.${c.range[0]}`), high: t(`rating.${c.range[1]}`) })
  );
}
