import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { englishTextsFor, findEnglish } from './support/english-leftovers';
import { tr } from './support/translations';

// A Greek facilitator on a Greek tablet runs the main journey. Every locator is Greek, so an
// untranslated label fails the test, and each screen is searched for any English interface text.
test.use({ locale: 'el-GR' });

const english = englishTextsFor('el');

/** Fails when the current screen shows or announces any English interface text. */
async function expectNoEnglish(page: Page, screen: string) {
  expect(await findEnglish(page, english), `English on ${screen}`).toEqual([]);
}

/** Waits for the polite status to say, in Greek, that the last change was saved. */
async function expectSaved(page: Page) {
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^\s*✓?\s*Αποθηκεύτηκε\s*$/ })
      .first()
  ).toBeVisible();
}

test('the English texts looked for are the interface’s own', () => {
  expect(english).toContain('New assessment');
  expect(english).toContain('Rating of golden rule');
  expect(english).not.toContain('ITIL v3');
});

test('a Greek facilitator runs a workshop from start to results without meeting English', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'el');
  await expect(page.getByRole('heading', { name: 'Αξιολογήστε μια ψηφιακή δημόσια υπηρεσία με την ομάδα σας' })).toBeVisible();
  await expectNoEnglish(page, 'the empty list');

  // Create.
  await page.getByRole('button', { name: 'Νέα αξιολόγηση' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Νέα αξιολόγηση' });
  await dialog.getByRole('button', { name: 'Δημιουργία και άνοιγμα' }).click();
  await expect(dialog.getByText('Συμπληρώστε το όνομα της υπηρεσίας που αξιολογείται.')).toBeVisible();
  await expectNoEnglish(page, 'the new-assessment dialog');
  await dialog.getByLabel('Όνομα υπηρεσίας').fill('Βεβαίωση μόνιμης κατοικίας');
  await dialog.getByLabel('Φορέας').fill('Δήμος Πατρέων');
  await dialog.getByLabel('Συντονιστής/τρια').fill('Ελένη Παπαδοπούλου');
  await dialog.getByRole('button', { name: 'Δημιουργία και άνοιγμα' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Βεβαίωση μόνιμης κατοικίας' })).toBeVisible();
  await expect(page.getByText('Βαθμολογημένοι χρυσοί κανόνες: 0 από 26 · Συνολική βαθμολογία: εκκρεμεί')).toBeVisible();
  await expectNoEnglish(page, 'the overview');

  // Strategy: rate two golden rules, one of them "not applicable" with its reason.
  await page.getByRole('link', { name: '1. Στρατηγική' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Στρατηγική' })).toBeFocused();
  await page.getByRole('group', { name: 'Βαθμός εφαρμογής του χρυσού κανόνα 1' }).getByRole('radio', { name: 'Σε μεγάλο βαθμό' }).check();
  await expectSaved(page);
  await page.getByRole('group', { name: 'Βαθμός εφαρμογής του χρυσού κανόνα 2' }).getByRole('radio', { name: 'Δεν εφαρμόζεται' }).check();
  await page.getByLabel('Γιατί δεν εφαρμόζεται αυτός ο κανόνας;').fill('Ο στόχος ορίζεται από τον νόμο.');
  await page.getByLabel('Γιατί δεν εφαρμόζεται αυτός ο κανόνας;').blur();
  await expectSaved(page);

  // A note and an agreed next step on rule 1.
  const rule1 = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Χρυσός κανόνας 1(?!\d)/ }) });
  await rule1.getByLabel('Σημειώσεις').fill('Μιλήσαμε με γονείς τον Μάρτιο.');
  await rule1.getByRole('button', { name: 'Προσθήκη επόμενου βήματος' }).click();
  await rule1.getByLabel('Επόμενο βήμα 1', { exact: true }).fill('Σύνταξη της περιγραφής του προβλήματος');
  await rule1.getByLabel('Υπεύθυνος/η').fill('Μαρία');
  await rule1.getByLabel('Κατάσταση').selectOption({ label: 'Σε εξέλιξη' });
  await rule1.getByLabel('Υπεύθυνος/η').blur();
  await expectSaved(page);
  await expect(page.getByText('Βαθμολογημένοι χρυσοί κανόνες: 2 από 7')).toBeVisible();
  await expectNoEnglish(page, 'the Strategy stage');

  // Design: rate one rule and tick an action.
  await page.getByRole('link', { name: '2. Σχεδιασμός' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Σχεδιασμός' })).toBeFocused();
  await page.getByRole('group', { name: 'Βαθμός εφαρμογής του χρυσού κανόνα 3' }).getByRole('radio', { name: 'Εν μέρει' }).check();
  await page.getByRole('region', { name: 'Ενέργειες' }).getByRole('checkbox').first().check();
  await expectSaved(page);
  await expectNoEnglish(page, 'the Design stage');

  // Everything is still there after a reload, still in Greek.
  await page.reload();
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'el');
  await expect(page.getByRole('group', { name: 'Βαθμός εφαρμογής του χρυσού κανόνα 3' }).getByRole('radio', { name: 'Εν μέρει' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Ενέργειες' }).getByRole('checkbox').first()).toBeChecked();
  await page.getByRole('link', { name: '1. Στρατηγική' }).first().click();
  await expect(page.getByRole('group', { name: 'Βαθμός εφαρμογής του χρυσού κανόνα 1' }).getByRole('radio', { name: 'Σε μεγάλο βαθμό' })).toBeChecked();
  await expect(page.getByLabel('Γιατί δεν εφαρμόζεται αυτός ο κανόνας;')).toHaveValue('Ο στόχος ορίζεται από τον νόμο.');
  await expect(rule1.getByLabel('Σημειώσεις')).toHaveValue('Μιλήσαμε με γονείς τον Μάρτιο.');
  await expect(rule1.getByLabel('Επόμενο βήμα 1', { exact: true })).toHaveValue('Σύνταξη της περιγραφής του προβλήματος');
  await expect(rule1.getByLabel('Κατάσταση')).toHaveValue('in-progress');

  // The results: N/A is left out of the score, numbers are written the Greek way.
  await openSections(page);
  await page.getByRole('link', { name: 'Αποτελέσματα' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Αποτελέσματα' })).toBeVisible();
  const scores = page.getByRole('table', { name: tr('el', 'summary.tableCaption') });
  const strategy = scores.getByRole('row', { name: /Στρατηγική/ });
  await expect(strategy).toContainText('2 από 7');
  await expect(strategy).toContainText('67%');
  await expect(scores.getByRole('row', { name: /Σχεδιασμός/ })).toContainText('33%');
  await expectNoEnglish(page, 'the results');

  // Back on the list: the count, the date and the actions, all in Greek.
  await page.getByRole('link', { name: 'Αξιολογήσεις' }).first().click();
  await expect(page.getByText('1 αξιολόγηση σε αυτή τη συσκευή')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Μετονομασία: Βεβαίωση μόνιμης κατοικίας' })).toBeVisible();
  await expectNoEnglish(page, 'the list');

  // Workshop mode speaks Greek too, and keeps the language picker.
  await page.getByRole('link', { name: 'Βεβαίωση μόνιμης κατοικίας' }).click();
  await page
    .getByRole('link', { name: tr('el', 'workshop:open') })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Η ανάγκη για την ψηφιακή υπηρεσία διατυπώνεται με σαφήνεια.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Γλώσσα Ελληνικά' })).toBeVisible();
  await expectNoEnglish(page, 'workshop mode');

  // A backup file is named in Greek; what the facilitator typed is exported as typed.
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Αντιγραφή: Βεβαίωση μόνιμης κατοικίας' }).click();
  await expect(page.getByRole('heading', { name: 'Βεβαίωση μόνιμης κατοικίας (αντίγραφο)' })).toBeVisible();
  await expect(page.getByText('2 αξιολογήσεις σε αυτή τη συσκευή')).toBeVisible();
  await page.goto('/exchange');
  await waitForApp(page);
  await expectNoEnglish(page, 'import and export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Λήψη αντιγράφου ασφαλείας' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^αντίγραφο-ασφαλείας-tessera-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(exported).toContain('Βεβαίωση μόνιμης κατοικίας');
  expect(exported).toContain('Μιλήσαμε με γονείς τον Μάρτιο.');
});
