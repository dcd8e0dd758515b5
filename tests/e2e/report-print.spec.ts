import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { translator } from './support/i18n';
import { importLongReport, openReportIn, ruleNumbers, type ReportLanguage } from './support/long-report';
import { overlappingWords, pdfLayout, type PdfLayout } from './support/pdf-boxes';
import { squeeze } from './support/pdf-text';

const mm = 72 / 25.4;

/** The words of a page outside its top and bottom margins, where the running header and page number sit. */
const bodyWords = (page: PdfLayout['pages'][number]) => page.words.filter((w) => w.yMin > 16 * mm && w.yMax < page.height - 16 * mm);

const cases: { lang: ReportLanguage; format: 'A4' | 'Letter' }[] = [
  { lang: 'en', format: 'A4' },
  { lang: 'en', format: 'Letter' },
  { lang: 'el', format: 'A4' },
  { lang: 'pt', format: 'A4' },
  { lang: 'fr', format: 'A4' }
];

for (const { lang, format } of cases) {
  test(`a long ${lang} report prints on ${format} with every rule, no word on another and no empty page`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const t = translator(lang);
    const { id, service, photos } = await importLongReport(page, lang);
    await openReportIn(page, id, lang, photos);
    await page.getByRole('checkbox', { name: t('results:report.includeParticipants') }).check();

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format, preferCSSPageSize: false });
    const out = testInfo.outputPath(`report-${lang}-${format}.pdf`);
    mkdirSync(testInfo.outputDir, { recursive: true });
    writeFileSync(out, pdf);
    await testInfo.attach(`report ${lang} ${format}`, { path: out, contentType: 'application/pdf' });

    const layout = pdfLayout(pdf);
    const pages = layout.pages;
    expect(pages.length).toBeGreaterThan(5);
    // The paper size asked for: A4 is 595 × 842 pt, US Letter 612 × 792.
    expect(Math.abs(pages[0].width - (format === 'A4' ? 595.3 : 612))).toBeLessThan(1.5);

    const overlaps = overlappingWords(layout).map(([a, b]) => `page ${a.page}: "${a.text}" and "${b.text}" at y ${Math.round(a.yMin)}`);
    expect(overlaps, 'words drawn over other words').toEqual([]);

    const empty = pages.flatMap((p, i) => (bodyWords(p).length === 0 ? [i + 1] : []));
    expect(empty, 'pages with nothing but the header and the page number').toEqual([]);

    const words = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
    const missing = ruleNumbers.filter((n) => !words.has(n));
    expect(missing, 'rule numbers not printed').toEqual([]);

    // Page numbers at the foot of every page, "n / total", and the service at the top of all but the cover.
    pages.forEach((p, i) => {
      const foot = p.words
        .filter((w) => w.yMin > p.height - 18 * mm)
        .map((w) => w.text)
        .join(' ');
      expect(foot, `foot of page ${i + 1}`).toContain(`${i + 1} / ${pages.length}`);
    });
    for (const [i, p] of pages.entries()) {
      const head = p.words
        .filter((w) => w.yMax < 18 * mm)
        .map((w) => w.text)
        .join('');
      expect(head, `header of page ${i + 1}`).toBe(i === 0 ? '' : squeeze(service));
    }

    // The cover stands on its own: the service, the people, the scores and the biggest gaps.
    // (Small headings are set in capitals, which drop Greek accents: compare without case and accents.)
    const plain = (s: string) => squeeze(s).normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    const cover = plain(pages[0].words.map((w) => w.text).join(''));
    for (const text of [service, t('results:report.biggestGaps'), t('results:overall'), t('results:report.facilitator'), t('results:report.participants')]) {
      expect(cover).toContain(plain(text));
    }
    // Every section is there: targets, strengths and gaps, the action plan and the open points.
    const all = squeeze(pages.map((p) => p.words.map((w) => w.text).join('')).join(''));
    for (const key of [
      'target.tableTitle',
      'results:strengths',
      'results:gaps',
      'results:report.planTitle',
      'results:report.parkingTitle',
      'results:report.naReason'
    ]) {
      expect(all, key).toContain(squeeze(t(key)));
    }
  });
}
