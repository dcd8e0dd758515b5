import { createAssessment, expect, expectSaved, test } from './support/fixtures';
import { openSections } from './support/sections';

test('a facilitator sets targets, sees the gap per rule and stage, and orders the action plan by it', async ({ page }) => {
  await createAssessment(page, 'Childminder finder');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();

  const rule = (n: number) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(`Golden rule ${n}\\b`) }) });

  // Rule 1: partly, and partly is all the team aims for.
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Partly' }).check();
  await rule(1).getByLabel('Where the team wants to be').selectOption('partly');
  await expect(rule(1).getByText('Target reached')).toBeVisible();
  await rule(1).getByRole('button', { name: 'Add next step' }).click();
  await rule(1).getByLabel('Next step 1', { exact: true }).fill('Keep the objective on the agenda');
  await rule(1).getByLabel('Next step 1', { exact: true }).blur();
  await expectSaved(page);

  // Rule 2: partly today, fully by next summer.
  await page.getByRole('group', { name: 'Rating of golden rule 2' }).getByRole('radio', { name: 'Partly' }).check();
  await rule(2).getByLabel('Where the team wants to be').selectOption('fully');
  await rule(2).getByLabel('Target date').fill('2027-06-30');
  await rule(2).getByLabel('Target date').blur();
  await expect(rule(2).getByText('2 levels below target')).toBeVisible();
  await rule(2).getByRole('button', { name: 'Add next step' }).click();
  await rule(2).getByLabel('Next step 1', { exact: true }).fill('Write the steps to the objective');
  await rule(2).getByLabel('Next step 1', { exact: true }).blur();
  await expectSaved(page);

  await page.reload();
  await expect(rule(2).getByLabel('Where the team wants to be')).toHaveValue('fully');
  await expect(rule(2).getByLabel('Target date')).toHaveValue('2027-06-30');

  await openSections(page);

  await page.getByRole('link', { name: 'Results' }).first().click();
  const stages = page.getByRole('table', { name: 'Current score and target by stage' });
  // Today partly + partly = 2 of 6 points (33 %); the targets partly + fully = 4 of 6 (67 %).
  await expect(stages.getByRole('row', { name: /Strategy/ })).toContainText('33%');
  await expect(stages.getByRole('row', { name: /Strategy/ })).toContainText('67%');
  const rules = page.getByRole('table', { name: 'Rules with a target' });
  await expect(rules.getByRole('row')).toHaveCount(3);
  await expect(rules.getByRole('row').nth(1)).toContainText('Target reached');
  await expect(rules.getByRole('row').nth(2)).toContainText('2 levels below target');

  // Method order puts rule 1's step first; by gap, rule 2's step leads.
  const planSteps = page.getByRole('textbox', { name: 'Next step', exact: true });
  await expect(planSteps.nth(0)).toHaveValue('Keep the objective on the agenda');
  await page.getByLabel('Sort by').selectOption({ label: 'Gap to target' });
  await expect(planSteps.nth(0)).toHaveValue('Write the steps to the objective');
  await expect(planSteps.nth(1)).toHaveValue('Keep the objective on the agenda');
});
