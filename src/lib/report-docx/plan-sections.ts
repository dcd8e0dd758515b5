import type { FileChild } from 'docx';
import { currentLocale, t } from '$lib/i18n/i18n.svelte';
import { formatDate } from '$lib/i18n/format';
import { collectActionPlan, sortActionPlan } from '$lib/domain/assessment/action-plan';
import { openParkingItems } from '$lib/domain/assessment/parking-lot';
import type { Assessment } from '$lib/domain/assessment/types';
import { ruleLabel } from '$lib/components/results/rule-ref';
import { bullets, heading, paragraphs, table } from './docx-parts';

/** The action plan by due date, as a table, and the open points of the parking lot. */
export function planSections(a: Assessment): FileChild[] {
  const entries = sortActionPlan(collectActionPlan(a), 'due', currentLocale());
  const open = openParkingItems(a);
  const h = (key: 'step' | 'rule' | 'owner' | 'due' | 'status') => t(`results:csv.headers.${key}`);
  return [
    heading(t('results:report.planTitle'), 1, true),
    ...(entries.length === 0
      ? paragraphs(t('results:report.planEmpty'))
      : [
          table(
            [h('step'), h('rule'), h('owner'), h('due'), h('status')],
            entries.map((e) => [
              e.step.text,
              ruleLabel(e.ruleId),
              e.step.owner,
              e.step.due ? formatDate(e.step.due) : '',
              t(`nextSteps.statuses.${e.step.status}`)
            ])
          )
        ]),
    heading(t('results:report.parkingTitle'), 1),
    ...(open.length === 0
      ? paragraphs(t('results:report.parkingNone'))
      : bullets(open.map((item) => `${item.text} (${item.ruleId ? ruleLabel(item.ruleId) : t('results:parkingGeneral')})`)))
  ];
}
