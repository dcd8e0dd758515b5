import { Paragraph, TextRun, type FileChild } from 'docx';
import { t, tDynamic } from '$lib/i18n/i18n.svelte';
import { formatDate } from '$lib/i18n/format';
import { responseOf } from '$lib/domain/assessment/edits';
import type { RuleId } from '$lib/domain/methodology/types';
import { ruleLabel } from '$lib/components/results/rule-ref';
import { votesLine } from '$lib/components/report/votes-line';
import { weakReasonLines } from '$lib/components/results/weak-reasons';
import { ruleConfidence } from '$lib/domain/assessment/confidence';
import { bullets, heading, image, labelled, paragraphs, textWidth } from './docx-parts';
import type { ReportInput } from './report-document';

/** One golden rule as the printed report has it: rating and its meaning, weaknesses, reason, target, votes, minority view, notes, evidence, next steps. */
export function ruleSections(input: ReportInput, ruleId: RuleId): FileChild[] {
  const r = responseOf(input.assessment, ruleId);
  const out: FileChild[] = [
    heading(ruleLabel(ruleId), 2),
    ...paragraphs(tDynamic(`methodology:${ruleId}.text`), { color: '333333' }),
    labelled(t('results:report.rating'), r.rating ? t(`rating.${r.rating}`) : t('results:report.notRated'))
  ];
  if (r.rating && r.rating !== 'not-applicable')
    out.push(new Paragraph({ children: [new TextRun({ text: tDynamic(`methodology:${ruleId}.level.${r.rating}`), italics: true })] }));
  const photos = input.photos.get(ruleId) ?? [];
  const documents = input.documents.get(ruleId) ?? [];
  const confidence = ruleConfidence(r, photos.length + documents.length);
  if (confidence.weaknesses.length > 0) {
    out.push(new Paragraph({ children: [new TextRun({ text: t('results:confidence.weakRating'), bold: true, color: '8A4B00' })] }));
    out.push(...bullets(weakReasonLines(confidence)));
  }
  if (r.rating === 'not-applicable') out.push(labelled(t('results:report.naReason'), r.naReason || '–'));
  if (r.target) {
    const level = t(`rating.${r.target}`);
    out.push(labelled(t('target.title'), r.targetDate ? t('results:report.targetBy', { level, date: formatDate(r.targetDate) }) : level));
  }
  const votes = votesLine(r.votes);
  if (votes) {
    out.push(labelled(t('results:report.votes'), votes));
    if (confidence.agreement) out.push(...paragraphs(t(`workshop:votes.agreementLevels.${confidence.agreement}`)));
  }
  if (r.dissent) out.push(heading(t('workshop:votes.dissentLabel'), 3), ...paragraphs(r.dissent));
  if (r.note.trim()) out.push(heading(t('results:report.note'), 3), ...paragraphs(r.note));
  if (r.evidence.length > 0 || photos.length > 0 || documents.length > 0) {
    out.push(heading(t('results:report.evidence'), 3));
    out.push(...bullets(r.evidence.map((e) => (e.label ? `${e.label}: ${e.url}` : e.url))));
    for (const p of photos) {
      out.push(new Paragraph({ keepNext: true, children: [image(p.image, textWidth / 2, p.caption)] }));
      out.push(new Paragraph({ children: [new TextRun({ text: p.caption, italics: true, size: 18 })], spacing: { after: 160 } }));
    }
    out.push(...bullets(documents));
  }
  if (r.nextSteps.length > 0) {
    out.push(heading(t('results:report.nextSteps'), 3));
    out.push(
      ...bullets(
        r.nextSteps.map((s) =>
          t('results:report.stepLine', {
            text: s.text,
            owner: s.owner.trim() || t('results:report.noOwner'),
            due: s.due ? formatDate(s.due) : t('results:report.noDue'),
            status: t(`nextSteps.statuses.${s.status}`)
          })
        )
      )
    );
  }
  return out;
}
