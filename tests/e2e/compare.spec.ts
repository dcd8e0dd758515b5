import { createAssessment, expect, expectSaved, test } from './support/fixtures';
import { openSections } from './support/sections';
import { wcagAxe } from './support/a11y';

test('two assessments of the same service show the change per stage and per rule', async ({ page }) => {
  await createAssessment(page, 'Childminder finder');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Partly' }).check();
  await page.getByRole('group', { name: 'Rating of golden rule 2' }).getByRole('radio', { name: 'Fully' }).check();
  await expectSaved(page);

  // The next workshop starts from a copy of the first.
  await page.getByRole('link', { name: 'Assessments' }).first().click();
  await page.getByRole('button', { name: 'Duplicate: Childminder finder' }).click();
  await page.getByRole('link', { name: 'Childminder finder (copy)' }).click();
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Fully' }).check();
  await page.getByRole('group', { name: 'Rating of golden rule 2' }).getByRole('radio', { name: 'Largely' }).check();
  await expectSaved(page);

  await openSections(page);

  await page.getByRole('link', { name: 'Results' }).first().click();
  await page.getByRole('link', { name: 'Compare with another assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two assessments' })).toBeVisible();
  // A copy carries "(copy)" in its name, so it is not yet the same service.
  await expect(page.getByText('There is no other assessment of this service yet.')).toBeVisible();

  await page.getByRole('link', { name: 'Assessments' }).first().click();
  await page.getByRole('button', { name: 'Rename: Childminder finder (copy)' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename assessment' });
  await rename.getByLabel('Service name').fill('childminder  FINDER');
  await rename.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'childminder  FINDER', exact: true }).click();
  await openSections(page);
  await page.getByRole('link', { name: 'Results' }).first().click();
  await page.getByRole('link', { name: 'Compare with another assessment' }).click();

  // Before = the first assessment, after = the copy.
  const optionValue = async (select: string, text: RegExp) => (await page.getByLabel(select).locator('option', { hasText: text }).getAttribute('value')) ?? '';
  await page.getByLabel('Before').selectOption(await optionValue('Before', /^Childminder finder/));
  await page.getByLabel('After').selectOption(await optionValue('After', /^childminder\s+FINDER/));
  const stages = page.getByRole('region', { name: 'Change by stage' });
  // Before: Partly + Fully = 4 of 6 = 67 %; after: Fully + Largely = 5 of 6 = 83 %.
  await expect(stages.getByRole('row', { name: /Strategy/ })).toContainText('67%');
  await expect(stages.getByRole('row', { name: /Strategy/ })).toContainText('83%');
  await expect(stages.getByRole('row', { name: /Strategy/ })).toContainText('+16 points');
  const rules = page.getByRole('region', { name: 'Change by golden rule' });
  await expect(rules.getByRole('row', { name: /1\.1 Need stated/ })).toContainText('Improved');
  await expect(rules.getByRole('row', { name: /1\.2 Objective defined/ })).toContainText('Declined');
  await rules.getByLabel('Show only golden rules that changed').check();
  await expect(rules.getByRole('row')).toHaveCount(3);

  const results = await wcagAxe(page).analyze();
  expect(results.violations).toEqual([]);
});
