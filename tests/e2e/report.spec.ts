import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test } from './support/fixtures';
import { openSections } from './support/sections';
import { pdfText, squeeze } from './support/pdf-text';

const service = 'Εύρεση παιδοκόμου';
// Greek, a comma, quotes, a line break, and a leading "=" that a spreadsheet would run as a formula.
const stepText = '=Καταργήστε τη σφραγίδα, "άμεσα"\nμετά ενημερώστε τους γονείς';

/** A rated assessment with one next step, entered through the app. */
async function prepare(page: Page) {
  await createAssessment(page, service, 'Δήμος Πατρέων');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' }).check();
  await page.getByRole('group', { name: 'Rating of golden rule 2' }).getByRole('radio', { name: 'Partly' }).check();
  await expectSaved(page);
  await openSections(page);
  await page.getByRole('link', { name: 'Results' }).first().click();
  const plan = page.getByRole('region', { name: 'Action plan' });
  await plan.getByLabel('For golden rule').selectOption({ label: '1.2 Objective defined' });
  await plan.getByRole('button', { name: 'Add next step' }).click();
  const step = plan.getByRole('group', { name: '1.2 Objective defined' });
  await step.getByLabel('Next step', { exact: true }).fill(stepText);
  await step.getByLabel('Owner').fill('Μαρία Παπαδοπούλου');
  await step.getByLabel('Due date').fill('2027-01-15');
  await step.getByLabel('Status').selectOption('in-progress');
  await expectSaved(page);
}

async function chooseGreek(page: Page) {
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('button', { name: 'Ελληνικά' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'el');
}

test('the report prints without the app around it', async ({ page }, testInfo) => {
  await prepare(page);
  await openSections(page);
  await page.getByRole('link', { name: 'Report', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: service })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Action plan' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Score by stage' })).toBeVisible();
  const shot = testInfo.outputPath('report-print.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('report in print media', { path: shot, contentType: 'image/png' });
});

test('the Greek report becomes a PDF with the service name and the action plan', async ({ page }) => {
  await prepare(page);
  await chooseGreek(page);
  await openSections(page);
  await page.getByRole('link', { name: 'Αναφορά', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: service })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Σχέδιο δράσης' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Μαρία Παπαδοπούλου' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = squeeze(pdfText(pdf));
  expect(text).toContain(squeeze(service));
  expect(text).toContain(squeeze('Σχέδιο δράσης'));
  expect(text).toContain(squeeze('Καταργήστε τη σφραγίδα'));
  expect(text).toContain(squeeze('Μαρία Παπαδοπούλου'));
  expect(text).toContain(squeeze('Σε εξέλιξη'));
  // Greek dates in the report's language.
  expect(text).toContain(squeeze('15 Ιαν 2027'));
});

/** RFC 4180: fields split by the delimiter, quoted fields may hold it, quotes ("" inside) and line breaks. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

test('the action plan CSV round-trips with Greek text intact', async ({ page }) => {
  await prepare(page);
  await chooseGreek(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Λήψη του σχεδίου δράσης (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Εύρεση παιδοκόμου - σχέδιο δράσης - \d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: 'Το σχέδιο δράσης αποθηκεύτηκε ως' })).toBeVisible();

  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const rows = parseCsv(text, ';');
  expect(rows).toEqual([
    ['Στάδιο', 'Χρυσός κανόνας', 'Επόμενο βήμα', 'Υπεύθυνος', 'Προθεσμία', 'Κατάσταση'],
    ['Στρατηγική', '1.2 Καθορισμός στόχου', `'${stepText}`, 'Μαρία Παπαδοπούλου', '2027-01-15', 'Σε εξέλιξη']
  ]);
});
