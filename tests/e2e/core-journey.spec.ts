import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';

test('a facilitator rates rules in two stages, adds a note and a next step, and finds everything after a reload', async ({ page }) => {
  await createAssessment(page, 'Childminder finder');

  // Strategy: rate two golden rules.
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeFocused();
  const rule1 = page.getByRole('group', { name: 'Rating of golden rule 1' });
  await rule1.getByRole('radio', { name: 'Largely' }).check();
  await expectSaved(page);
  await page.getByRole('group', { name: 'Rating of golden rule 2' }).getByRole('radio', { name: 'Not applicable' }).check();
  await page.getByLabel('Why does this rule not apply?').fill('The objective is set by law.');
  await page.getByLabel('Why does this rule not apply?').blur();
  await expectSaved(page);

  // A note and a next step on rule 1.
  const firstRule = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Golden rule 1\b/ }) });
  await firstRule.getByLabel('Notes').fill('Parents were interviewed in March.');
  await firstRule.getByRole('button', { name: 'Add next step' }).click();
  await firstRule.getByLabel('Next step 1', { exact: true }).fill('Write the problem statement');
  await firstRule.getByLabel('Owner').fill('Maria');
  await firstRule.getByLabel('Status').selectOption('in-progress');
  await firstRule.getByLabel('Owner').blur();
  await expectSaved(page);

  // Design: rate one rule and tick an action.
  await page.getByRole('link', { name: '2. Design' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 3' }).getByRole('radio', { name: 'Partly' }).check();
  await page.getByRole('checkbox').first().check();
  await expectSaved(page);

  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('group', { name: 'Rating of golden rule 3' }).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(page.getByRole('checkbox').first()).toBeChecked();

  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await expect(page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Rating of golden rule 2' }).getByRole('radio', { name: 'Not applicable' })).toBeChecked();
  await expect(page.getByLabel('Why does this rule not apply?')).toHaveValue('The objective is set by law.');
  await expect(firstRule.getByLabel('Notes')).toHaveValue('Parents were interviewed in March.');
  await expect(firstRule.getByLabel('Next step 1', { exact: true })).toHaveValue('Write the problem statement');
  await expect(firstRule.getByLabel('Owner')).toHaveValue('Maria');
  await expect(firstRule.getByLabel('Status')).toHaveValue('in-progress');

  // The summary counts what was rated, leaving N/A out of the score.
  await openSections(page);
  await page.getByRole('link', { name: 'Results' }).first().click();
  const strategyRow = page.getByRole('table', { name: 'Score by stage' }).getByRole('row', { name: /Strategy/ });
  await expect(strategyRow).toContainText('2 of 7');
  await expect(strategyRow).toContainText('67%');
});

test('the list offers create, rename, duplicate and delete with undo', async ({ page }) => {
  await createAssessment(page, 'Parking permits');
  await page.getByRole('link', { name: 'Assessments' }).first().click();
  await expect(page.getByRole('heading', { name: 'Parking permits' })).toBeVisible();

  await page.getByRole('button', { name: 'Rename: Parking permits' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename assessment' });
  await rename.getByLabel('Service name').fill('Resident parking permits');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Resident parking permits' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate: Resident parking permits' }).click();
  await expect(page.getByRole('heading', { name: 'Resident parking permits (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete: Resident parking permits (copy)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this assessment?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Resident parking permits (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Resident parking permits (copy)' })).toBeVisible();
});

test('an empty device explains what Tessera is for', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: 'Assess a digital public service with your team' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the method guide' })).toBeVisible();
  // On a phone the welcome follows the list's buttons at the page's usual spacing: the save
  // status, which has nothing to say here, waits below it instead of leaving a band above it.
  await page.setViewportSize({ width: 390, height: 844 });
  const buttons = await page.getByRole('main').getByRole('button', { name: 'New assessment' }).first().boundingBox();
  const welcome = await page.getByRole('region', { name: 'Assess a digital public service with your team' }).boundingBox();
  expect(welcome!.y - (buttons!.y + buttons!.height)).toBeLessThanOrEqual(24);
});
