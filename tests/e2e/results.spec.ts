import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test } from './support/fixtures';
import { openSections } from './support/sections';
import { wcagAxe } from './support/a11y';

/** Rates rules and adds next steps through the stage pages, as a facilitator would. */
async function prepare(page: Page) {
  await createAssessment(page, 'Childminder finder');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Fully' }).check();
  await page.getByRole('group', { name: 'Rating of golden rule 2' }).getByRole('radio', { name: 'Partly' }).check();
  await page.getByRole('group', { name: 'Rating of golden rule 3' }).getByRole('radio', { name: 'Not applicable' }).check();
  const rule = (n: number) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(`Golden rule ${n}\\b`) }) });
  const addStep = async (n: number, text: string, owner: string, due: string) => {
    await rule(n).getByRole('button', { name: 'Add next step' }).click();
    const steps = rule(n).getByRole('listitem');
    const last = steps.last();
    // One field at a time, each saved before the next: the stage page's editor writes whole steps.
    for (const [label, value] of [
      [/^Next step \d+$/, text],
      ['Owner', owner],
      ['Due date', due]
    ] as const) {
      // An empty field left empty changes nothing, so nothing is saved.
      if (value === '') continue;
      await last.getByLabel(label).fill(value);
      await last.getByLabel(label).blur();
      await expectSaved(page);
    }
  };
  await addStep(1, 'Write the problem statement', 'Maria', '2027-02-01');
  await addStep(2, 'Agree the objective with the mayor', 'Nikos', '2027-01-10');
  await page.getByRole('link', { name: '2. Design' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' }).check();
  await addStep(1, 'Map the paper procedure', 'maria', '');
  await openSections(page);
  await page.getByRole('link', { name: 'Results' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
}

test('results show scores without N/A, a chart with a table, strengths and gaps', async ({ page }) => {
  await prepare(page);
  // Strategy: Fully (3) + Partly (1) of 6 points = 67 %; the N/A rule does not count.
  const table = page.getByRole('table', { name: 'Score by stage' });
  await expect(table.getByRole('row', { name: /Strategy/ })).toContainText('67%');
  await expect(table.getByRole('row', { name: /Design/ })).toContainText('67%');
  await expect(table.getByRole('row', { name: /Overall/ })).toContainText('67%');
  const chart = page.getByRole('img', { name: 'Score by stage' });
  await expect(chart).toBeVisible();
  await expect(chart).toContainText('1. Strategy');
  await expect(chart).toContainText('67%');
  await expect(chart).toContainText('not rated yet');
  await expect(page.getByText('Overall score 67%')).toBeVisible();

  const strengths = page.locator('.col').filter({ has: page.getByRole('heading', { name: 'Strengths' }) });
  await expect(strengths.getByRole('listitem')).toHaveText([/1\.1 Need stated\s*Fully/, /2\.1 .*Largely/]);
  const gaps = page.locator('.col').filter({ has: page.getByRole('heading', { name: 'Gaps' }) });
  await expect(gaps.getByRole('listitem')).toHaveText([/1\.2 Objective defined\s*Partly/]);
  await expect(page.getByText('22 golden rules are not rated yet.')).toBeVisible();

  const results = await wcagAxe(page).analyze();
  expect(results.violations).toEqual([]);
});

test('the action plan filters, sorts and edits next steps in place', async ({ page }) => {
  await prepare(page);
  const plan = page.getByRole('region', { name: 'Action plan' });
  await expect(plan.getByText('Showing 3 of 3 next steps')).toBeVisible();
  const texts = () => plan.getByLabel('Next step', { exact: true });
  const values = async () => texts().evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  expect(await values()).toEqual(['Write the problem statement', 'Agree the objective with the mayor', 'Map the paper procedure']);

  await plan.getByLabel('Sort by').selectOption('due');
  await expect.poll(values).toEqual(['Agree the objective with the mayor', 'Write the problem statement', 'Map the paper procedure']);

  await plan.getByLabel('Owner', { exact: true }).first().selectOption('Maria');
  await expect(plan.getByText('Showing 2 of 3 next steps')).toBeVisible();
  await expect.poll(values).toEqual(['Write the problem statement', 'Map the paper procedure']);
  await plan.getByRole('button', { name: 'Show all' }).click();

  await plan.getByLabel('Stage', { exact: true }).selectOption('design');
  await expect.poll(values).toEqual(['Map the paper procedure']);
  await plan.getByRole('button', { name: 'Show all' }).click();

  // Edit in place: the status and text of the first step (in due-date order).
  const first = plan.getByRole('group', { name: '1.2 Objective defined' });
  await first.getByLabel('Status').selectOption('done');
  await first.getByLabel('Next step', { exact: true }).fill('Agree the objective with the mayor and council');
  await first.getByLabel('Next step', { exact: true }).blur();
  await expectSaved(page);
  await expect(plan.getByText('To do: 2 · In progress: 0 · Done: 1')).toBeVisible();

  await plan.getByLabel('Status', { exact: true }).first().selectOption('not-done');
  await expect.poll(values).toEqual(['Write the problem statement', 'Map the paper procedure']);
  await plan.getByRole('button', { name: 'Show all' }).click();

  // Add a step for another rule from here, then find it on its rule.
  await plan.getByLabel('For golden rule').selectOption({ label: '4.5 Use monitored' });
  await plan.getByRole('button', { name: 'Add next step' }).click();
  await expect(plan.getByRole('group', { name: '4.5 Use monitored' }).getByLabel('Next step', { exact: true })).toBeFocused();
  await page.keyboard.type('Set up a page-load KPI');
  await plan.getByRole('group', { name: '4.5 Use monitored' }).getByLabel('Owner').fill('Ana');
  await plan.getByRole('group', { name: '4.5 Use monitored' }).getByLabel('Owner').blur();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Action plan' }).getByText('Showing 4 of 4 next steps')).toBeVisible();
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  const rule2 = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Golden rule 2\b/ }) });
  await expect(rule2.getByLabel('Next step 1', { exact: true })).toHaveValue('Agree the objective with the mayor and council');
  await expect(rule2.getByLabel('Status')).toHaveValue('done');
});
