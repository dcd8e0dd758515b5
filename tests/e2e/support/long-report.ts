import { createHash } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { methodology } from '../../../src/lib/domain/methodology/methodology';
import { waitForApp } from './fixtures';
import { pickFile } from './exchange';
import { stickyNotesPng } from './png';
import { workshopTexts } from './long-report-texts';

export type ReportLanguage = keyof typeof workshopTexts;

/** Every golden rule's number as the report prints it, "1.1" to "4.5". */
export const ruleNumbers = methodology.stages.flatMap((s) => s.rules.map((r) => `${s.number}.${r.number}`));

const levels = ['not-started', 'partly', 'largely', 'fully'] as const;
const stamp = '2026-11-18T09:00:00.000Z';

/** Sentences of the language joined until the text is at least `length` characters long. */
function prose(sentences: string[], length: number, offset: number): string {
  const out: string[] = [];
  for (let i = offset; out.join(' ').length < length; i++) out.push(sentences[i % sentences.length]);
  return out.join(' ');
}

/**
 * An export file (format version 2) holding one assessment as a long workshop leaves it, in one
 * language: every rule rated or marked not applicable, about 2,000 characters of notes per stage
 * (a long first note, shorter ones after, with paragraphs), ten next steps, five open points,
 * targets, votes, evidence links and three photos.
 */
export function longReportFile(lang: ReportLanguage): { name: string; text: string; service: string; photos: number } {
  const words = workshopTexts[lang];
  const id = `long-${lang}-0000-4000-8000-000000000001`;
  const responses: Record<string, unknown> = {};
  let stepNo = 0;
  const rules = methodology.stages.flatMap((s) => s.rules);
  rules.forEach((rule, i) => {
    const first = rule.number === 1;
    const notApplicable = rule.id === 'implementation.rule.3';
    const note = first ? `${prose(words.sentences, 900, i)}\n\n${prose(words.sentences, 400, i + 2)}` : prose(words.sentences, 160, i);
    // Ten steps over the first rules of each stage, owners and dates on most.
    const nextSteps = [];
    if (stepNo < 10 && (first || rule.number === 2 || rule.number === 4)) {
      for (let k = 0; k < (first ? 2 : 1) && stepNo < 10; k++, stepNo++) {
        nextSteps.push({
          id: `step-${stepNo}`,
          text: words.steps[stepNo],
          owner: stepNo % 3 === 2 ? '' : words.people[stepNo % words.people.length][0],
          due: stepNo % 4 === 3 ? '' : `2027-0${1 + (stepNo % 6)}-${String(10 + stepNo).padStart(2, '0')}`,
          status: (['open', 'in-progress', 'done'] as const)[stepNo % 3],
          updatedAt: stamp
        });
      }
    }
    responses[rule.id] = {
      rating: notApplicable ? 'not-applicable' : levels[(i * 3) % 4],
      naReason: notApplicable ? words.naReason : '',
      note,
      evidence:
        rule.number === 1
          ? [
              {
                id: `ev-${i}`,
                url: `https://www.example.gov/services/childminders/reports/user-research-${2025 + i}/summary-of-interviews-with-parents.pdf`,
                label: words.captions[0]
              }
            ]
          : [],
      nextSteps,
      target: rule.number <= 3 && !notApplicable ? 'fully' : null,
      targetDate: rule.number <= 2 && !notApplicable ? '2027-06-30' : '',
      votes: rule.number === 2 ? { 'not-started': 1, partly: 3, largely: 2, fully: 0 } : { 'not-started': 0, partly: 0, largely: 0, fully: 0 },
      updatedAt: stamp
    };
  });
  const photoRules = ['strategy.rule.1', 'strategy.rule.1', 'design.rule.2'];
  const attachments = photoRules.map((ruleId, k) => {
    const bytes = stickyNotesPng(k);
    return {
      id: `photo-${lang}-${k}`,
      assessmentId: id,
      ruleId,
      name: `workshop-${k + 1}.png`,
      type: 'image/png',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      caption: words.captions[k],
      createdAt: stamp,
      updatedAt: stamp,
      data: bytes.toString('base64')
    };
  });
  const assessment = {
    id,
    serviceName: words.service,
    organisation: words.organisation,
    description: words.sentences[0],
    facilitator: words.facilitator,
    participants: words.people.map(([name, role], k) => ({ id: `p-${k}`, name, role })),
    workshopDate: '2026-11-18',
    methodologyVersion: methodology.version,
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
    closedAt: null,
    responses,
    actions: { 'strategy.action.1': { done: true, updatedAt: stamp }, 'design.action.2': { done: true, updatedAt: stamp } },
    parkingLot: words.openPoints.map((text, k) => ({ id: `pl-${k}`, text, ruleId: k % 2 === 0 ? rules[k * 5].id : null, resolved: false, createdAt: stamp }))
  };
  const envelope = {
    format: 'tessera-assessment',
    formatVersion: 2,
    exportedAt: stamp,
    app: { name: 'Tessera', version: '0.1.0' },
    methodologyVersion: methodology.version,
    assessments: [assessment],
    attachments,
    snapshots: []
  };
  return { name: `long-${lang}.tessera.json`, text: JSON.stringify(envelope), service: words.service, photos: attachments.length };
}

/** Imports the long assessment through the Import page (as a colleague's file) and returns its id. */
export async function importLongReport(page: Page, lang: ReportLanguage): Promise<{ id: string; service: string; photos: number }> {
  const file = longReportFile(lang);
  await page.goto('/exchange');
  await waitForApp(page);
  await pickFile(page, file);
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
  return { id: `long-${lang}-0000-4000-8000-000000000001`, service: file.service, photos: file.photos };
}

const languageNames: Record<ReportLanguage, string> = { en: 'English', el: 'Ελληνικά', pt: 'Português', fr: 'Français' };

/** Opens the report in a language and waits until every photo in it has loaded. */
export async function openReportIn(page: Page, id: string, lang: ReportLanguage, photos: number): Promise<void> {
  await page.goto(`/assessment/report?id=${id}`);
  await waitForApp(page);
  if (lang !== 'en') {
    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('button', { name: languageNames[lang] }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const images = page.locator('article.document figure img');
  await expect(images).toHaveCount(photos);
  await expect
    .poll(() => images.evaluateAll((all) => all.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);
}
