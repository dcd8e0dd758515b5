import { Paragraph, TextRun, type FileChild } from 'docx';
import { t, tDynamic } from '$lib/i18n/i18n.svelte';
import { formatPercent } from '$lib/i18n/format';
import { allRules, methodology } from '$lib/domain/methodology/methodology';
import { scoreOf } from '$lib/domain/assessment/scoring';
import { stageConfidence, weakRatings, type EvidenceCounts } from '$lib/domain/assessment/confidence';
import { ratingLevels } from '$lib/domain/assessment/types';
import type { StageId } from '$lib/domain/methodology/types';
import { ruleLabel } from '$lib/components/results/rule-ref';
import { weakReasonLines } from '$lib/components/results/weak-reasons';
import { bullets, heading, paragraphs, table } from './docx-parts';
import type { ReportInput } from './report-document';

/** Photos and files per rule, as the document holds them. */
function evidenceCounts(input: ReportInput): EvidenceCounts {
  const counts: EvidenceCounts = {};
  for (const rule of allRules) counts[rule.id] = (input.photos.get(rule.id)?.length ?? 0) + (input.documents.get(rule.id)?.length ?? 0);
  return counts;
}

/** What a stage's score rests on, in one line under it (nothing while no rule is rated). */
export function stageConfidenceLine(input: ReportInput, stage: StageId): FileChild[] {
  const c = stageConfidence(input.assessment, stage, evidenceCounts(input));
  if (c.rated === 0) return [];
  return paragraphs(
    t('results:confidence.stageLine', {
      votes: t('results:confidence.votesCount', { count: c.votes }),
      evidence: t('results:confidence.evidenceCount', { count: c.evidence }),
      weak: t('results:confidence.weakCount', { count: c.weak })
    })
  );
}

/** How solid the scores are: what each stage's score rests on, then the weak ratings and why. */
export function confidenceSections(input: ReportInput): FileChild[] {
  const a = input.assessment;
  const files = evidenceCounts(input);
  const weak = weakRatings(a, files);
  const out: FileChild[] = [
    heading(t('results:confidence.title'), 1),
    ...paragraphs(t('results:confidence.intro')),
    table(
      [
        t('summary.stage'),
        t('summary.score'),
        t('results:confidence.rated'),
        t('results:confidence.votes'),
        t('results:confidence.evidence'),
        t('results:confidence.weak')
      ],
      methodology.stages.map((s) => {
        const c = stageConfidence(a, s.id, files);
        const score = scoreOf(a, s.id).percent;
        return [
          `${s.number}. ${tDynamic(`methodology:${s.id}.title`)}`,
          score === null ? t('score.none') : formatPercent(score),
          String(c.rated),
          String(c.votes),
          String(c.evidence),
          String(c.weak)
        ];
      })
    ),
    heading(t('results:confidence.weakTitle'), 2)
  ];
  if (weak.length === 0) return [...out, ...paragraphs(t('results:confidence.noWeak'))];
  out.push(...paragraphs(t('results:confidence.weakIntro')));
  for (const { ruleId, confidence } of weak) {
    const r = a.responses[ruleId];
    out.push(
      new Paragraph({
        keepNext: true,
        children: [
          new TextRun({ text: t('results:confidence.ruleRating', { rule: ruleLabel(ruleId), rating: r?.rating ? t(`rating.${r.rating}`) : '' }), bold: true })
        ]
      })
    );
    out.push(...bullets([...weakReasonLines(confidence), ...(r?.dissent ? [t('results:confidence.dissent', { text: r.dissent })] : [])]));
  }
  return out;
}

/** The appendix: the anchored scale of every rule rated on it, the agreed level marked. */
export function levelsAppendix(input: ReportInput): FileChild[] {
  const a = input.assessment;
  const rated = allRules.filter((rule) => {
    const rating = a.responses[rule.id]?.rating;
    return rating != null && rating !== 'not-applicable';
  });
  if (rated.length === 0) return [];
  return [
    heading(t('results:report.levelsAppendix'), 1, true),
    ...paragraphs(t('results:report.levelsAppendixIntro')),
    ...rated.flatMap((rule) => [
      heading(ruleLabel(rule.id), 2),
      ...ratingLevels.map(
        (level) =>
          new Paragraph({
            children: [
              new TextRun({
                text: `${t(`rating.${level}`)}${a.responses[rule.id]?.rating === level ? ` (${t('rating.agreed')})` : ''}: `,
                bold: true
              }),
              new TextRun({ text: tDynamic(`methodology:${rule.id}.level.${level}`) })
            ],
            spacing: { after: 80 }
          })
      )
    ])
  ];
}
