import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { colleagueContext, download, openExchange, pickFile, rawDatabase } from './support/exchange';
import { installWriteFailureSwitch, setWritesFail } from './support/screens';
import { wcagAxe } from './support/a11y';

const axe = async (page: Page) => (await wcagAxe(page).analyze()).violations;
const today = () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());

/** Rates golden rules of Strategy on its stage page. */
async function rateStrategy(page: Page, id: string, ratings: Record<number, string>) {
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  for (const [rule, level] of Object.entries(ratings)) {
    await page
      .getByRole('group', { name: `Rating of golden rule ${rule}`, exact: true })
      .getByRole('radio', { name: level })
      .check();
  }
  await expectSaved(page);
}

/** Opens the overview's "Close the workshop" dialog. */
async function openCloseDialog(page: Page, id: string) {
  await page.goto(`/assessment?id=${id}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Close the workshop' }).click();
  return page.getByRole('dialog', { name: 'Close the workshop' });
}

test('a facilitator closes the workshop, changes a rating and compares today with the snapshot', async ({ page }) => {
  const id = await createAssessment(page, 'Childminder finder');
  await rateStrategy(page, id, { 1: 'Partly', 2: 'Fully' });

  // The overview is where a session ends.
  const dialog = await openCloseDialog(page, id);
  await expect(dialog.getByText(/a dated, read-only snapshot/)).toBeVisible();
  await expect(dialog.getByText(/stays open for changes/)).toBeVisible();
  const label = dialog.getByLabel('Name of the snapshot (optional)');
  await expect(label).toHaveValue(`Workshop of ${today()}`);
  await label.fill('First workshop with the service desk');
  await dialog.getByRole('button', { name: 'Close and save the snapshot' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'The workshop was closed.' })).toHaveText(
    '✓ The workshop was closed. The snapshot “First workshop with the service desk” is saved in History.'
  );
  await expect(page.getByText(/^✓ Workshop closed on /)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // A year later, rule 1 has improved; the assessment is still editable.
  await rateStrategy(page, id, { 1: 'Fully' });

  await openSections(page);
  await page
    .getByRole('navigation', { name: /Childminder finder/ })
    .getByRole('link', { name: 'History' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page).toHaveTitle('History · Childminder finder · Tessera');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'First workshop with the service desk' }) });
  // Partly + Fully = 4 of 6 points then.
  await expect(item).toContainText('Overall score: 67%');
  await expect(item).toContainText('2 of 26 golden rules rated');
  await expect(item).toContainText('1 golden rule is rated differently today.');
  expect(await axe(page)).toEqual([]);

  await item.getByRole('link', { name: 'View and compare with today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshot: First workshop with the service desk' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText(/Read-only copy of the assessment as it was when the workshop was closed on/)).toBeVisible();
  // Read-only: nothing on the page edits the snapshot.
  await expect(page.getByRole('main').getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  const then = page.getByRole('region', { name: 'Scores at that time' });
  await expect(then.getByRole('row', { name: /Overall/ })).toContainText('67%');
  await expect(then.getByRole('link')).toHaveCount(0);

  const stages = page.getByRole('region', { name: 'Change by stage' });
  await expect(stages.getByRole('row', { name: /Strategy/ })).toContainText('67%');
  await expect(stages.getByRole('row', { name: /Strategy/ })).toContainText('100%');
  const rules = page.getByRole('region', { name: 'Change by golden rule' });
  await rules.getByLabel('Show only golden rules that changed').check();
  await expect(rules.getByRole('row')).toHaveCount(2);
  await expect(rules.getByRole('row', { name: /1\.1 Need stated/ })).toHaveText(/Partly\s*Fully\s*▲ Improved/);
  expect(await axe(page)).toEqual([]);

  await page.getByRole('link', { name: 'All snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
});

test('a closed workshop’s snapshot travels with the exported assessment', async ({ page, browser, baseURL }) => {
  const id = await createAssessment(page, 'Parking permits');
  await rateStrategy(page, id, { 1: 'Largely' });
  const dialog = await openCloseDialog(page, id);
  await dialog.getByLabel('Name of the snapshot (optional)').fill('Workshop in Patras');
  await dialog.getByRole('button', { name: 'Close and save the snapshot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The workshop was closed.' })).toBeVisible();
  await rateStrategy(page, id, { 1: 'Not started' });

  await page.goto(`/assessment?id=${id}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export “Parking permits”' });
  const file = await download(page, exportDialog.getByRole('button', { name: 'Download file' }));
  expect(JSON.parse(file.text).snapshots.map((s: { label: string }) => s.label)).toEqual(['Workshop in Patras']);

  const { context, foreign } = await colleagueContext(browser, baseURL);
  const colleague = await context.newPage();
  await openExchange(colleague);
  await pickFile(colleague, file);
  await expect(colleague.getByText('1 workshop snapshot.')).toBeVisible();
  await colleague.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(colleague.getByText('1 workshop snapshot imported')).toBeVisible();

  await colleague.goto(`/assessment/history?id=${id}`);
  await waitForApp(colleague);
  const item = colleague.getByRole('listitem').filter({ has: colleague.getByRole('heading', { name: 'Workshop in Patras' }) });
  await expect(item).toContainText('1 golden rule is rated differently today.');
  await item.getByRole('link', { name: 'View and compare with today' }).click();
  const rules = colleague.getByRole('region', { name: 'Change by golden rule' });
  await expect(rules.getByRole('row', { name: /1\.1 Need stated/ })).toHaveText(/Largely\s*Not started\s*▼ Declined/);
  await context.close();
  expect(foreign).toEqual([]);
});

test('when the device is full, closing says so and changes nothing; the history explains how snapshots are made', async ({ page }) => {
  await installWriteFailureSwitch(page);
  const id = await createAssessment(page, 'Birth registration');
  await page.goto(`/assessment/history?id=${id}`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 2, name: 'No snapshots yet' })).toBeVisible();
  await expect(page.getByText(/choose “Close the workshop” on the overview/)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // A workshop has taken place (a brand-new assessment offers no closing).
  await rateStrategy(page, id, { 1: 'Partly' });
  const dialog = await openCloseDialog(page, id);
  const before = await rawDatabase(page);
  await setWritesFail(page, true);
  await dialog.getByRole('button', { name: 'Close and save the snapshot' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The workshop was not closed and nothing was changed. This device is out of storage space. Free some space, or export your assessments and delete old ones, then try again.'
  );
  expect(await rawDatabase(page)).toBe(before);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Close the workshop' })).toBeFocused();
  await expect(page.getByText(/Workshop closed on/)).toHaveCount(0);

  // Space freed: the same action works, from the last golden rule of workshop mode this time.
  await setWritesFail(page, false);
  await page.goto(`/assessment/workshop?id=${id}`);
  await waitForApp(page);
  // Each step waits for a state it names, so a run that stalls says where (one CI run timed out here, silently).
  await expect(page.getByText(/^Golden rule \d+ of 26$/)).toHaveText('Golden rule 1 of 26');
  const jump = page.getByLabel('Go to golden rule');
  await jump.selectOption({ index: (await jump.locator('option').count()) - 1 });
  await expect(page.getByText(/^Golden rule \d+ of 26$/)).toHaveText('Golden rule 26 of 26');
  const end = page.getByRole('region', { name: 'End of the golden rules' });
  await end.getByRole('button', { name: 'Close the workshop' }).click();
  const again = page.getByRole('dialog', { name: 'Close the workshop' });
  await again.getByRole('button', { name: 'Close and save the snapshot' }).click();
  await expect(end.getByRole('status')).toHaveText(`✓ The workshop was closed. The snapshot “Workshop of ${today()}” is saved in History.`);
  await end.getByRole('link', { name: 'Open History' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Workshop of ${today()}` })).toBeVisible();
  await expect(page.getByText('No rating has changed since.')).toBeVisible();
});
