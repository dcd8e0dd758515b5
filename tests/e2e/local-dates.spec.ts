import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';

// 01:30 on 2 December in Athens is still 1 December in UTC: every "today" must say the 2nd.
test.use({ timezoneId: 'Europe/Athens' });
const instant = new Date('2026-12-01T23:30:00Z');

test('a new assessment proposes the local day as its workshop date', async ({ page }) => {
  await page.clock.setFixedTime(instant);
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await expect(dialog.getByLabel('Workshop date')).toHaveValue('2026-12-02');
});

test('the action plan, its CSV and the report count days on the device calendar', async ({ page }) => {
  await page.clock.setFixedTime(instant);
  await createAssessment(page, 'Childminder finder');
  await openSections(page);
  await page.getByRole('link', { name: 'Results' }).first().click();
  const plan = page.getByRole('region', { name: 'Action plan' });
  for (const [rule, due] of [
    ['1.1 Need stated', '2026-12-01'],
    ['1.2 Objective defined', '2026-12-02']
  ]) {
    await plan.getByLabel('For golden rule').selectOption({ label: rule });
    await plan.getByRole('button', { name: 'Add next step' }).click();
    const step = plan.getByRole('group', { name: rule });
    await step.getByLabel('Next step', { exact: true }).fill(`Step for ${rule}`);
    await step.getByLabel('Due date').fill(due);
    await step.getByLabel('Due date').blur();
    await expectSaved(page);
  }
  // Due yesterday (local) is overdue; due today is not, although in UTC it is still tomorrow.
  await expect(plan.getByRole('group', { name: '1.1 Need stated' }).getByText('Overdue')).toBeVisible();
  await expect(plan.getByRole('group', { name: '1.2 Objective defined' }).getByText('Overdue')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the action plan (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe('Childminder finder - action plan - 2026-12-02.csv');

  await openSections(page);

  await page.getByRole('link', { name: 'Report', exact: true }).first().click();
  await expect(page.getByText('Report produced on 2 December 2026')).toBeVisible();
});
