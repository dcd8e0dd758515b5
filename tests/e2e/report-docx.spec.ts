import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { translator } from './support/i18n';
import { importLongReport, openReportIn, ruleNumbers, type ReportLanguage } from './support/long-report';
import { workshopTexts } from './support/long-report-texts';
import { docxParagraphs, unzip } from './support/zip';

for (const lang of ['en', 'el', 'pt', 'fr'] as ReportLanguage[]) {
  test(`the ${lang} report downloads as a Word document with real headings, every rule, the chart and the action plan`, async ({ page }) => {
    const t = translator(lang);
    const { id, service, photos } = await importLongReport(page, lang);
    await openReportIn(page, id, lang, photos);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('results:report.docx.download') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/ - \d{4}-\d{2}-\d{2}\.docx$/);
    await expect(page.getByRole('status').filter({ hasText: file.suggestedFilename() })).toBeVisible();

    const parts = unzip(readFileSync(await file.path()));
    const paragraphs = docxParagraphs(parts.get('word/document.xml')!.toString('utf8'));
    const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    const says = (part: string) => paragraphs.some((p) => p.text.includes(part));

    expect(styled('Title')).toEqual([service]);
    expect(styled('Heading1')).toEqual(
      expect.arrayContaining([
        t('results:report.summaryTitle'),
        t('results:strengthsTitle'),
        t('target.tableTitle'),
        t('results:report.stageHeading', { number: 1, title: t('methodology:strategy.title') }),
        t('results:report.stageHeading', { number: 4, title: t('methodology:operation.title') }),
        t('results:report.planTitle'),
        t('results:report.parkingTitle'),
        t('results:confidence.title'),
        t('results:report.levelsAppendix')
      ])
    );
    // Each golden rule is a level-2 heading, "1.1 …" to "4.5 …", in method order; then the appendix
    // gives the scale of each rated rule, again under its own level-2 heading.
    const appendix = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === t('results:report.levelsAppendix'));
    const ruleHeadings = (from: number, to: number) =>
      paragraphs
        .slice(from, to)
        .filter((p) => p.style === 'Heading2' && /^\d\.\d /.test(p.text))
        .map((p) => p.text.split(' ')[0]);
    expect(ruleHeadings(0, appendix)).toEqual(ruleNumbers);
    expect(ruleHeadings(appendix, paragraphs.length).length).toBeGreaterThan(0);
    expect(says(t('rating.agreed'))).toBe(true);

    // The action plan: every next step in a table cell, the open points in the list after it.
    const text = paragraphs.map((p) => p.text);
    for (const step of workshopTexts[lang].steps) expect(text).toContain(step);
    for (const point of workshopTexts[lang].openPoints) expect(text.some((p) => p.startsWith(point))).toBe(true);
    expect(parts.get('word/document.xml')!.toString('utf8')).toContain('<w:tblHeader');

    // The chart and the three photos, as PNG images in the package.
    const media = [...parts.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1 + photos);
    for (const name of media) expect([...parts.get(name)!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
}
