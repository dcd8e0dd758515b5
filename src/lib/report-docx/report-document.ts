import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { currentLanguage, t, tDynamic } from '$lib/i18n/i18n.svelte';
import { intlLocale } from '$lib/i18n/languages';
import { formatDate, formatPercent } from '$lib/i18n/format';
import { methodology } from '$lib/domain/methodology/methodology';
import { progressOf, scoreOf } from '$lib/domain/assessment/scoring';
import { biggestGaps } from '$lib/domain/report/biggest-gaps';
import type { Assessment } from '$lib/domain/assessment/types';
import type { RuleId } from '$lib/domain/methodology/types';
import { ruleLabel } from '$lib/components/results/rule-ref';
import { bullets, gap, heading, labelled, paragraphs, table } from './docx-parts';
import type { DocImage } from './images';
import { ruleSections } from './rule-sections';
import { summarySections } from './summary-sections';
import { planSections } from './plan-sections';
import { confidenceSections, levelsAppendix, stageConfidenceLine } from './confidence-sections';

export interface ReportInput {
  assessment: Assessment;
  /** The photos of each rule, ready for the document, with their captions. */
  photos: ReadonlyMap<RuleId, readonly { image: DocImage; caption: string }[]>;
  /** Files that are not photos, by rule: a line each. */
  documents: ReadonlyMap<RuleId, readonly string[]>;
  chart: DocImage | null;
  showPeople: boolean;
  /** The day the report is produced, YYYY-MM-DD on the device's calendar. */
  day: string;
}

function cover(input: ReportInput): FileChild[] {
  const { assessment: a, showPeople } = input;
  const people = a.participants.filter((p) => p.name.trim() || p.role.trim());
  const details: string[][] = [];
  if (a.organisation) details.push([t('results:report.organisation'), a.organisation]);
  if (a.workshopDate) details.push([t('results:report.workshopDate'), formatDate(a.workshopDate, 'long')]);
  if (a.facilitator && showPeople) details.push([t('results:report.facilitator'), a.facilitator]);
  if (people.length > 0) {
    const names = people.map((p) => `${p.name}${p.name && p.role ? ' – ' : ''}${p.role}`).join('\n');
    details.push([t('results:report.participants'), showPeople ? names : t('results:report.participantsHidden', { count: people.length })]);
  }
  const overall = scoreOf(a).percent;
  const percent = (v: number | null) => (v === null ? t('score.none') : formatPercent(v));
  const gaps = biggestGaps(a);
  return [
    new Paragraph({ children: [new TextRun({ text: t('results:report.eyebrow').toUpperCase(), bold: true, color: '555555' })] }),
    heading(a.serviceName, 0),
    ...(a.description ? paragraphs(a.description) : []),
    ...details.map(([label, value]) => labelled(label, value)),
    heading(t('results:overall'), 2),
    new Paragraph({ children: [new TextRun({ text: overall === null ? t('results:overallNone') : formatPercent(overall), bold: true, size: 56 })] }),
    table(
      [t('summary.stage'), t('summary.score')],
      methodology.stages.map((s) => [`${s.number}. ${tDynamic(`methodology:${s.id}.title`)}`, percent(scoreOf(a, s.id).percent)])
    ),
    gap(),
    heading(t('results:report.biggestGaps'), 2),
    ...(gaps.length === 0
      ? paragraphs(t('results:report.noBigGaps'))
      : bullets(
          gaps.map((g) => [
            new TextRun({ text: ruleLabel(g.ruleId), bold: true }),
            new TextRun({ text: ` — ${t('results:report.gapLine', { rating: t(`rating.${g.rating}`), aim: t(`rating.${g.aim}`) })}` })
          ])
        )),
    gap(),
    ...paragraphs(t('results:report.produced', { date: formatDate(input.day, 'long'), version: a.methodologyVersion }), { color: '555555' })
  ];
}

function stage(input: ReportInput, stageIndex: number): FileChild[] {
  const a = input.assessment;
  const s = methodology.stages[stageIndex];
  const score = scoreOf(a, s.id);
  const progress = progressOf(a, s.id);
  const done = s.actions.filter((x) => a.actions[x.id]?.done);
  return [
    heading(t('results:report.stageHeading', { number: s.number, title: tDynamic(`methodology:${s.id}.title`) }), 1, true),
    new Paragraph({
      children: [
        new TextRun({
          text: t('results:report.stageScore', {
            score: score.percent === null ? t('score.none') : formatPercent(score.percent),
            rated: progress.rated,
            total: progress.total
          }),
          bold: true
        })
      ]
    }),
    ...stageConfidenceLine(input, s.id),
    ...s.rules.flatMap((rule) => ruleSections(input, rule.id)),
    heading(t('results:report.actionsDone', { done: done.length, total: s.actions.length }), 3),
    ...bullets(done.map((x) => tDynamic(`methodology:${x.id}`)))
  ];
}

/** The report as a Word document (DOCX), in the app's current language. */
export async function reportDocx(input: ReportInput): Promise<Blob> {
  const a = input.assessment;
  const language = intlLocale(currentLanguage());
  const small = { size: 18, color: '555555' };
  const doc = new Document({
    title: a.serviceName,
    description: t('results:report.eyebrow'),
    creator: 'Tessera',
    styles: { default: { document: { run: { font: 'Calibri', language: { value: language } } } } },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: a.serviceName, ...small })] })] }),
          first: new Header({ children: [] })
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], ...small })]
              })
            ]
          }),
          first: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], ...small })]
              })
            ]
          })
        },
        children: [
          ...cover(input),
          ...summarySections(input),
          ...confidenceSections(input),
          ...methodology.stages.flatMap((_, i) => stage(input, i)),
          ...planSections(a),
          ...levelsAppendix(input)
        ]
      }
    ]
  });
  return Packer.toBlob(doc);
}
