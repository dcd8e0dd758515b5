import { Paragraph, TextRun, type FileChild } from 'docx';
import { t, tDynamic } from '$lib/i18n/i18n.svelte';
import { formatDate, formatPercent } from '$lib/i18n/format';
import { methodology } from '$lib/domain/methodology/methodology';
import { progressOf, scoreOf } from '$lib/domain/assessment/scoring';
import { strengthsAndGaps, type RatedRule } from '$lib/domain/assessment/strengths-gaps';
import { stageTargets, targetRows } from '$lib/domain/assessment/targets';
import { ruleLabel } from '$lib/components/results/rule-ref';
import { bullets, gap, heading, image, paragraphs, table, textWidth } from './docx-parts';
import type { ReportInput } from './report-document';

const percent = (v: number | null) => (v === null ? t('score.none') : formatPercent(v));

/** Scores (chart and table), strengths and gaps, and targets: what the printed report puts after the cover. */
export function summarySections(input: ReportInput): FileChild[] {
  const a = input.assessment;
  const overall = scoreOf(a);
  const progress = progressOf(a);
  const sg = strengthsAndGaps(a);
  const ratedList = (items: RatedRule[], empty: string) =>
    items.length === 0 ? paragraphs(empty) : bullets(items.map((i) => `${ruleLabel(i.ruleId)} — ${t(`rating.${i.rating}`)}`));
  const out: FileChild[] = [
    heading(t('results:report.summaryTitle'), 1, true),
    new Paragraph({
      children: [
        new TextRun({ text: t('results:report.fieldLabel', { label: t('results:overall') }), bold: true }),
        new TextRun({ text: overall.percent === null ? t('results:overallNone') : formatPercent(overall.percent), bold: true }),
        new TextRun({ text: ` (${t('results:ratedCount', { rated: progress.rated, total: progress.total })})` })
      ]
    })
  ];
  if (input.chart) out.push(new Paragraph({ children: [image(input.chart, textWidth, t('results:chart.title'))] }));
  out.push(
    table(
      [t('summary.stage'), t('summary.score'), t('summary.rated'), t('summary.notApplicable')],
      [
        ...methodology.stages.map((s) => {
          const p = progressOf(a, s.id);
          const sc = scoreOf(a, s.id);
          return [
            `${s.number}. ${tDynamic(`methodology:${s.id}.title`)}`,
            percent(sc.percent),
            t('summary.ratedOf', { rated: p.rated, total: p.total }),
            String(sc.notApplicable)
          ];
        }),
        [t('score.overall'), percent(overall.percent), t('summary.ratedOf', { rated: progress.rated, total: progress.total }), String(overall.notApplicable)]
      ],
      { boldLast: true }
    ),
    ...paragraphs(t('summary.howScored'), { size: 18, color: '555555' }),
    heading(t('results:strengthsTitle'), 1),
    heading(t('results:strengths'), 2),
    ...ratedList(sg.strengths, t('results:noStrengths')),
    heading(t('results:gaps'), 2),
    ...ratedList(sg.gaps, t('results:noGaps')),
    heading(t('target.tableTitle'), 1)
  );
  const rows = targetRows(a);
  if (rows.length === 0) return [...out, ...paragraphs(t('target.noneYet'))];
  out.push(
    ...paragraphs(t('target.stageCaption'), { bold: true }),
    table(
      [t('summary.stage'), t('target.current'), t('target.target'), t('target.compared')],
      stageTargets(a).map((s) => [tDynamic(`methodology:${s.stageId}.title`), percent(s.current), percent(s.target), String(s.compared)])
    ),
    gap(),
    ...paragraphs(t('target.ruleCaption'), { bold: true }),
    table(
      [t('target.rule'), t('target.current'), t('target.target'), t('target.gapLabel'), t('target.by')],
      rows.map((row) => [
        ruleLabel(row.ruleId),
        row.current ? t(`rating.${row.current}`) : t('score.none'),
        t(`rating.${row.target}`),
        row.gap === null ? '–' : row.gap === 0 ? t('target.reached') : t('target.gap', { count: row.gap }),
        row.targetDate ? formatDate(row.targetDate) : ''
      ])
    )
  );
  return out;
}
