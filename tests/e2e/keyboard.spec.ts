import { readFile } from 'node:fs/promises';
import { expect, expectSaved, test, waitForApp } from './support/fixtures';
import { expectFocusVisible, tabTo } from './support/a11y';

/*
 * The whole journey with a keyboard only: no click, no fill, no focus() call. Only Tab,
 * Shift+Tab, Enter, Space, arrows and typing, with focus visible at every stop on the way.
 */
test('a facilitator creates, rates, plans a next step, reads the results and exports, with the keyboard alone', async ({ page }) => {
  const keys = page.keyboard;
  await page.goto('/');
  await waitForApp(page);
  const main = page.getByRole('main');

  // Skip the header.
  await keys.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await expectFocusVisible(page, 'skip link');
  await keys.press('Enter');
  await expect(main).toBeFocused();

  // Create an assessment through the dialog.
  await tabTo(page, main.getByRole('button', { name: 'New assessment' }).first());
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await expect(dialog.getByRole('textbox', { name: 'Service name' })).toBeFocused();
  await keys.type('Bus pass renewal');
  await keys.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Organisation' })).toBeFocused();
  await keys.type('Municipality of Braga');
  await tabTo(page, dialog.getByRole('button', { name: 'Create and open' }));
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Bus pass renewal' })).toBeFocused();
  await expectFocusVisible(page, 'overview heading after the route change');

  // Open the first stage from the section navigation, just above the heading.
  await tabTo(page, page.getByRole('navigation', { name: 'Sections of Bus pass renewal' }).getByRole('link', { name: '1. Strategy' }), { back: true });
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeFocused();
  await expectFocusVisible(page, 'stage heading');

  // Rate golden rule 1 with the arrow keys: Not started → Partly → Largely.
  const rating = page.getByRole('group', { name: 'Rating of golden rule 1', exact: true });
  await tabTo(page, rating.getByRole('radio', { name: 'Not started' }));
  await keys.press('Space');
  await keys.press('ArrowRight');
  await keys.press('ArrowRight');
  await expect(rating.getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expectFocusVisible(page, 'the chosen rating');
  await expectSaved(page);

  // Agree a next step for that rule.
  const rule = page.locator('article#strategy-rule-1');
  await tabTo(page, rule.getByRole('button', { name: 'Add next step' }));
  await keys.press('Enter');
  await expect(rule.getByRole('textbox', { name: 'Next step 1', exact: true })).toBeFocused();
  await keys.type('Interview five pass holders');
  await keys.press('Tab');
  await expect(rule.getByRole('textbox', { name: 'Owner' })).toBeFocused();
  await keys.type('Joana');
  await keys.press('Tab');
  await expectFocusVisible(page, 'due date');
  await expectSaved(page);

  // Back up to the section navigation and open the results.
  // Results and Overview are in the list under the assessment's name: Enter opens it, Tab goes in.
  const sections = page.getByRole('navigation', { name: 'Sections of Bus pass renewal' });
  const sectionsButton = sections.getByRole('button', { name: /^Bus pass renewal/ });
  await tabTo(page, sectionsButton, { back: true, max: 120 });
  await keys.press('Enter');
  await expect(sectionsButton).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, sections.getByRole('link', { name: 'Results' }));
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeFocused();
  const strategy = page.getByRole('table', { name: 'Score by stage' }).getByRole('row', { name: /Strategy/ });
  await expect(strategy).toContainText('1 of 7');
  await expect(strategy).toContainText('67%');

  // Export the assessment as a file from its overview.
  await tabTo(page, sectionsButton, { back: true });
  await keys.press('Enter');
  await tabTo(page, sections.getByRole('link', { name: 'Overview' }));
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Bus pass renewal' })).toBeFocused();
  await tabTo(page, page.getByRole('main').getByRole('button', { name: 'Export', exact: true }));
  await keys.press('Enter');
  const exportDialog = page.getByRole('dialog', { name: 'Export “Bus pass renewal”' });
  await expect(exportDialog).toBeVisible();
  await tabTo(page, exportDialog.getByRole('button', { name: 'Download file' }));
  const [download] = await Promise.all([page.waitForEvent('download'), keys.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    assessments: { serviceName: string; responses: Record<string, { rating: string; nextSteps: { text: string; owner: string }[] }> }[];
  };
  expect(file.assessments[0].serviceName).toBe('Bus pass renewal');
  expect(file.assessments[0].responses['strategy.rule.1'].rating).toBe('largely');
  expect(file.assessments[0].responses['strategy.rule.1'].nextSteps[0]).toMatchObject({ text: 'Interview five pass holders', owner: 'Joana' });
  await expect(exportDialog.getByRole('status')).toContainText('was saved to your downloads');
  await keys.press('Escape');
  await expect(exportDialog).toBeHidden();
  await expect(page.getByRole('main').getByRole('button', { name: 'Export', exact: true })).toBeFocused();

  // Everything typed is stored: it is still there after a fresh load of the stage page.
  await page.goto(new URL(page.url()).pathname.replace(/\/?$/, '/stage') + new URL(page.url()).search + '&stage=strategy');
  await waitForApp(page);
  await expect(page.getByRole('group', { name: 'Rating of golden rule 1', exact: true }).getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expect(page.locator('article#strategy-rule-1').getByRole('textbox', { name: 'Next step 1', exact: true })).toHaveValue('Interview five pass holders');
  await expect(page.locator('article#strategy-rule-1').getByRole('textbox', { name: 'Owner' })).toHaveValue('Joana');
});
