import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createAssessment, expect, test, waitForApp } from './support/fixtures';
import { wcagAxe } from './support/a11y';
import {
  addNextStep,
  colleagueContext,
  download,
  exportFromOverview,
  fixtureDir,
  importWithDefaults,
  openExchange,
  pickFile,
  previewItem,
  rateStrategyRule,
  rawDatabase,
  storedAssessments
} from './support/exchange';

const fixtureName = 'Άδεια κατάληψης κοινόχρηστου χώρου';

const strategyRating = (page: Page, rule: number) => page.getByRole('group', { name: `Rating of golden rule ${rule}` });

test('a full backup exported in one browser imports into a colleague’s empty browser unchanged', async ({ page, browser, baseURL }) => {
  const id = await createAssessment(page, 'Childminder finder');
  await rateStrategyRule(page, id, 1, 'Largely');
  await addNextStep(page, 1, 'Interview five parents');
  await openExchange(page);
  await pickFile(page, 'v1-full.tessera.json');
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();

  await expect(page.getByText('No full backup has been made on this device yet.')).toBeVisible();
  const backup = await download(page, page.getByRole('button', { name: 'Download backup' }));
  expect(backup.name).toMatch(/^tessera-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('last-backup')).toContainText('Last full backup:');
  const mine = await storedAssessments(page);
  expect(mine).toHaveLength(2);

  const { context, foreign } = await colleagueContext(browser, baseURL);
  const colleague = await context.newPage();
  await openExchange(colleague);
  await expect(colleague.getByText('There is nothing to back up yet.')).toBeVisible();
  await pickFile(colleague, backup);
  await expect(colleague.getByRole('status').first()).toContainText(`“${backup.name}” holds 2 assessments.`);
  await expect(colleague.getByText('2 assessments: 2 new, 0 already on this device.')).toBeVisible();
  await expect(previewItem(colleague, 'Childminder finder')).toContainText('New: not on this device yet');
  await expect(previewItem(colleague, fixtureName)).toContainText('Δήμος Ηρακλείου');
  expect(await storedAssessments(colleague)).toEqual([]);

  await colleague.getByRole('button', { name: 'Import 2 assessments' }).click();
  await expect(colleague.getByText('2 new assessments added')).toBeVisible();
  expect(await storedAssessments(colleague)).toEqual(mine);

  await colleague.getByRole('link', { name: 'Childminder finder' }).click();
  await expect(colleague.getByRole('heading', { level: 1, name: 'Childminder finder' })).toBeVisible();
  await context.close();
  expect(foreign).toEqual([]);
});

test('two facilitators pass one assessment back and forth, merge, and lose no answer', async ({ page, browser, baseURL }) => {
  // Anna starts the assessment and sends it.
  const id = await createAssessment(page, 'Parking permits');
  await rateStrategyRule(page, id, 1, 'Largely');
  await addNextStep(page, 1, 'Survey residents');
  const first = await exportFromOverview(page, id, 'Parking permits');
  expect(first.name).toMatch(/^parking-permits-\d{4}-\d{2}-\d{2}\.tessera\.json$/);

  // Ben imports it, rates another rule, adds a next step to the same rule and sends it back.
  const { context, foreign } = await colleagueContext(browser, baseURL);
  const ben = await context.newPage();
  await importWithDefaults(ben, first);
  await rateStrategyRule(ben, id, 2, 'Partly');
  await addNextStep(ben, 2, 'Call the IT department');
  const second = await exportFromOverview(ben, id, 'Parking permits');

  // Meanwhile Anna kept working.
  await rateStrategyRule(page, id, 3, 'Fully');
  await addNextStep(page, 2, 'Draft the new form');

  // Anna imports Ben's file: her copy changed last, but the file has Ben's changes she does not have.
  await openExchange(page);
  await pickFile(page, second);
  const item = previewItem(page, 'Parking permits');
  await expect(item).toContainText('Already here: the file has changes this device does not have');
  const choices = item.getByRole('group', { name: 'What to do with “Parking permits”' });
  await expect(choices.getByRole('radio', { name: 'Merge' })).toBeChecked();
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByText('1 merged with the version on this device')).toBeVisible();

  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(strategyRating(page, 1).getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expect(strategyRating(page, 2).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(strategyRating(page, 3).getByRole('radio', { name: 'Fully' })).toBeChecked();
  const steps = await page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /Golden rule 1\b/ }) })
    .getByLabel(/^Next step \d$/)
    .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  expect(steps.sort()).toEqual(['Call the IT department', 'Draft the new form', 'Survey residents']);

  // And back to Ben: after his merge both hold exactly the same assessment.
  const third = await exportFromOverview(page, id, 'Parking permits');
  await openExchange(ben);
  await pickFile(ben, third);
  await expect(previewItem(ben, 'Parking permits')).toContainText('Already here: the file has changes this device does not have');
  await ben.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(ben.getByText('1 merged with the version on this device')).toBeVisible();
  expect(await storedAssessments(ben)).toEqual(await storedAssessments(page));
  await context.close();
  expect(foreign).toEqual([]);
});

test('keep both imports a copy, replace takes the file’s version, and undo puts it back', async ({ page }) => {
  const id = await createAssessment(page, 'Library cards');
  await rateStrategyRule(page, id, 1, 'Partly');
  const file = await exportFromOverview(page, id, 'Library cards');
  await rateStrategyRule(page, id, 1, 'Fully');

  await openExchange(page);
  await pickFile(page, file);
  await previewItem(page, 'Library cards').getByRole('radio', { name: 'Keep both' }).check();
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByText('1 imported as a separate copy')).toBeVisible();
  const afterCopy = await storedAssessments(page);
  expect(afterCopy).toHaveLength(2);
  expect(afterCopy.map((a) => a.serviceName)).toEqual(['Library cards', 'Library cards']);

  await pickFile(page, file);
  await previewItem(page, 'Library cards').getByRole('radio', { name: 'Replace' }).check();
  const beforeReplace = await rawDatabase(page);
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByText('1 replaced by the file’s version')).toBeVisible();
  expect((await storedAssessments(page)).find((a) => a.id === id)).toEqual(JSON.parse(file.text).assessments[0]);

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status').first()).toHaveText('The import was undone. The assessments on this device are as they were before.');
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  expect(await rawDatabase(page)).toBe(beforeReplace);
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(strategyRating(page, 1).getByRole('radio', { name: 'Fully' })).toBeChecked();
});

test('undoing an import of new assessments leaves the database byte for byte as before', async ({ page }) => {
  await createAssessment(page, 'Birth certificates');
  await openExchange(page);
  const before = await rawDatabase(page);
  await pickFile(page, 'v1-full.tessera.json');
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Import complete: 1 assessment written.');
  expect(await rawDatabase(page)).not.toBe(before);
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('The import was undone.')).toBeVisible();
  expect(await rawDatabase(page)).toBe(before);
});

test('a cancelled preview writes nothing', async ({ page }) => {
  await createAssessment(page, 'Building permits');
  await openExchange(page);
  const before = await rawDatabase(page);
  await pickFile(page, 'v1-full.tessera.json');
  await expect(page.getByRole('heading', { name: 'What the file holds' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Import cancelled. Nothing was changed.');
  expect(await rawDatabase(page)).toBe(before);
});

test('an export without personal data has no names in it', async ({ page }) => {
  await openExchange(page);
  await pickFile(page, 'v1-full.tessera.json');
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();

  const names = ['Μαρία Κωνσταντινίδου', 'Γιώργος Μαυρογιάννης', 'Αικατερίνη Σφακιανάκη', 'Στέλιος Ζαχαριουδάκης'];
  const full = await download(page, page.getByRole('button', { name: 'Download backup' }));
  for (const name of names) expect(full.text).toContain(name);

  const share = page.getByRole('region', { name: 'Send assessments to a colleague' });
  await share.getByRole('checkbox', { name: fixtureName }).check();
  await expect(share.getByText('1 assessment selected')).toBeVisible();
  await share.getByRole('checkbox', { name: 'Leave out people’s names' }).check();
  const anonymous = await download(page, share.getByRole('button', { name: 'Download file' }));
  for (const name of names) expect(anonymous.text).not.toContain(name);
  const [a] = JSON.parse(anonymous.text).assessments;
  expect(a.facilitator).toBe('');
  expect(a.participants).toEqual([]);
  for (const response of Object.values(a.responses) as { nextSteps: { owner: string }[] }[]) {
    for (const step of response.nextSteps) expect(step.owner).toBe('');
  }
});

test('on a tablet the file goes to the share sheet, as text/plain where JSON is refused', async ({ page }) => {
  // Chrome on Android: canShare says no to application/json and yes to text/plain.
  await page.addInitScript(() => {
    const shared: { name: string; type: string; text: string }[] = [];
    (window as unknown as { shared: typeof shared }).shared = shared;
    Object.defineProperty(navigator, 'canShare', { value: (data: ShareData) => (data.files ?? []).every((f) => f.type === 'text/plain') });
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        for (const f of data.files ?? []) shared.push({ name: f.name, type: f.type, text: await f.text() });
        if (shared.length > 1) throw new DOMException('Share canceled', 'AbortError');
      }
    });
  });
  const id = await createAssessment(page, 'Waste collection');
  await page.goto(`/assessment?id=${id}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export “Waste collection”' });
  await dialog.getByRole('button', { name: 'Share file' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^“waste-collection-\d{4}-\d{2}-\d{2}\.tessera\.json” was handed to the share menu\.$/);
  const [file] = await page.evaluate(() => (window as unknown as { shared: { name: string; type: string; text: string }[] }).shared);
  expect(file.type).toBe('text/plain');
  expect(JSON.parse(file.text).assessments[0].serviceName).toBe('Waste collection');

  // Closing the share sheet is a quiet cancel: no message, no download.
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await dialog.getByRole('button', { name: 'Share file' }).click();
  await expect(dialog.getByRole('status')).toHaveText('');
  expect(downloaded).toBe(false);
});

test('a file opened with the installed app goes straight to the preview', async ({ page }) => {
  // The File Handling API as Chromium desktop provides it, with a file the system handed over.
  await page.addInitScript(() => {
    // Chromium has its own launchQueue (empty outside an installed app): replace it.
    Object.defineProperty(window, 'launchQueue', {
      value: {
        setConsumer(consumer: (params: unknown) => void) {
          const file = new File(
            [
              '{"format":"tessera-assessment","formatVersion":1,"exportedAt":"2026-11-18T13:05:00.000Z","app":{"name":"Tessera","version":"0.1.0"},"methodologyVersion":"2024-11.1","assessments":[]}'
            ],
            'empty.tessera.json',
            { type: 'application/json' }
          );
          setTimeout(() => consumer({ files: [{ kind: 'file', getFile: async () => file }] }), 0);
        }
      }
    });
  });
  await openExchange(page);
  await expect(page.getByRole('heading', { name: 'What the file holds' })).toBeVisible();
  await expect(page.getByText('File: empty.tessera.json')).toBeVisible();
  await expect(page.getByText('The file holds no assessments.')).toBeVisible();
});

test('the import and export page is reached from the list and the main navigation', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('main').getByRole('link', { name: 'Import and export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import and export' })).toHaveAttribute('aria-current', 'page');
});

test('the page passes axe in every state: export, preview with choices, errors, result, export dialog', async ({ page }) => {
  const axe = async () => {
    const { violations } = await wcagAxe(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await openExchange(page);
  await pickFile(page, 'v1-full.tessera.json');
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();
  await axe();

  const fixture = JSON.parse(await readFile(`${fixtureDir}v1-full.tessera.json`, 'utf8'));
  const newer = { ...fixture.assessments[0], serviceName: `${fixtureName} (2)`, updatedAt: '2026-11-21T09:00:00.000Z' };
  const other = { ...fixture.assessments[0], id: 'b1c2d3e4-0000-4000-8000-000000000001', serviceName: 'Residence certificate' };
  await pickFile(page, { name: 'colleague.json', text: JSON.stringify({ ...fixture, assessments: [newer, other] }) });
  await expect(previewItem(page, `${fixtureName} (2)`)).toContainText('Already here: the file has changes this device does not have');
  await page.getByRole('region', { name: 'Send assessments to a colleague' }).getByRole('checkbox', { name: fixtureName }).check();
  await axe();

  await pickFile(page, 'bad-rating.json');
  await expect(page.getByRole('region', { name: 'This file cannot be imported' })).toBeVisible();
  await axe();

  await page.goto(`/assessment?id=${fixture.assessments[0].id}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe();
});

test('a file of 120 assessments is previewed a page at a time, the one already on the device first', async ({ page }) => {
  const id = await createAssessment(page, 'Library cards');
  const own = JSON.parse((await exportFromOverview(page, id, 'Library cards')).text);
  const template = JSON.parse(await readFile(`${fixtureDir}v1-full.tessera.json`, 'utf8')).assessments[0];
  const others = Array.from({ length: 119 }, (_, i) => ({
    ...template,
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    serviceName: `Service ${i + 1}`,
    // A version 1 assessment in a current file: its fields take the times it recorded.
    clocks: { changed: {}, removed: {} }
  }));
  // The assessment already stored comes last in the file.
  const file = { name: 'many.tessera.json', text: JSON.stringify({ ...own, assessments: [...others, own.assessments[0]] }) };

  await openExchange(page);
  await pickFile(page, file);
  const items = page
    .getByRole('list')
    .filter({ has: previewItem(page, 'Service 1') })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4 }) });
  await expect(items).toHaveCount(50);
  await expect(items.first().getByRole('heading', { level: 4 })).toHaveText('Library cards');
  // The actions come before the list: importing a long file needs no scrolling past it.
  const importBox = await page.getByRole('button', { name: 'Import 119 assessments' }).boundingBox();
  const firstItemBox = await items.first().boundingBox();
  expect(importBox!.y).toBeLessThan(firstItemBox!.y);
  await expect(page.getByText('Showing 50 of 120 assessments')).toBeVisible();
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(items).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 20 more' }).click();
  await expect(items).toHaveCount(120);
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);

  // The stored one is the same as in the file, so it is skipped unless chosen otherwise.
  await page.getByRole('button', { name: 'Import 119 assessments' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
  const result = page.getByRole('region', { name: 'Import complete' });
  const links = result.getByRole('link');
  await expect(links).toHaveCount(50);
  await result.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(links).toHaveCount(100);
  expect(await storedAssessments(page)).toHaveLength(120);
});
