import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { expectFocusVisible, tabTo } from './support/a11y';
import { installWriteFailureSwitch, setWritesFail, visit } from './support/screens';

/*
 * What axe cannot see: where focus goes, what the page says when it changes, and how the
 * controls behave for keyboard and screen-reader users.
 */

test('the skip link is the first Tab stop, shows itself and moves focus to the main content', async ({ page }) => {
  await visit(page, '/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusVisible(page, 'skip link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab goes to the first control of the main content, not back into the header.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const tabbable = [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main select, main textarea, main [tabindex]')].filter(
      (el) => el.tabIndex >= 0 && el.checkVisibility()
    );
    return tabbable[0] === document.activeElement;
  });
  expect(first).toBe(true);
});

test('every route change focuses the new page heading and updates the title', async ({ page }) => {
  await createAssessment(page, 'Parking permits');
  const steps: { link: () => ReturnType<Page['getByRole']>; h1: string; title: RegExp; inSections?: boolean }[] = [
    {
      link: () => page.getByRole('navigation', { name: /Sections of/ }).getByRole('link', { name: '2. Design' }),
      h1: 'Design',
      title: /^Design · Parking permits · Tessera$/
    },
    {
      link: () => page.getByRole('navigation', { name: /Sections of/ }).getByRole('link', { name: 'Results' }),
      inSections: true,
      h1: 'Results',
      title: /^Results · Parking permits · Tessera$/
    },
    { link: () => page.getByRole('link', { name: 'Overview' }), inSections: true, h1: 'Parking permits', title: /^Overview · Parking permits · Tessera$/ },
    { link: () => page.getByRole('banner').getByRole('link', { name: 'Method guide' }), h1: 'Method guide', title: /^Method guide · Tessera$/ },
    {
      link: () => page.getByRole('main').getByRole('link', { name: '3. Implementation' }),
      h1: 'Implementation',
      title: /^Implementation · Method guide · Tessera$/
    },
    { link: () => page.getByRole('banner').getByRole('link', { name: 'Settings' }), h1: 'Settings', title: /^Settings · Tessera$/ },
    {
      link: () => page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }),
      h1: 'Accessibility statement',
      title: /^Accessibility statement · Tessera$/
    },
    { link: () => page.getByRole('banner').getByRole('link', { name: 'Assessments' }), h1: 'Assessments', title: /^Assessments · Tessera$/ }
  ];
  for (const step of steps) {
    if (step.inSections) await openSections(page);
    await step.link().first().click();
    await expect(page.getByRole('heading', { level: 1, name: step.h1 })).toBeFocused();
    await expect(page).toHaveTitle(step.title);
  }
  // Back and forward are route changes too.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeFocused();
  await expect(page).toHaveTitle(/^Accessibility statement · Tessera$/);
});

const dialogs = [
  { name: 'New assessment', opener: (page: Page) => page.getByRole('main').getByRole('button', { name: 'New assessment' }).first(), first: 'Service name' },
  { name: 'Rename assessment', opener: (page: Page) => page.getByRole('button', { name: 'Rename: Tax return help' }), first: 'Service name' },
  { name: 'Delete this assessment?', opener: (page: Page) => page.getByRole('button', { name: 'Delete: Tax return help' }), first: 'Cancel' }
];

test('dialogs take focus, keep Tab inside, close on Escape and give focus back to their opener', async ({ page }) => {
  await createAssessment(page, 'Tax return help');
  await visit(page, '/');
  for (const d of dialogs) {
    const opener = d.opener(page);
    await opener.focus();
    await expect(opener).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: d.name });
    await expect(dialog).toBeVisible();
    const first = dialog.getByRole('textbox', { name: d.first }).or(dialog.getByRole('button', { name: d.first }));
    await expect(first, `${d.name}: focus starts on its first control`).toBeFocused();

    // Twice round the cycle, each way: focus never leaves the dialog.
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 16; i++) {
        await page.keyboard.press(key);
        const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
        expect(inside, `${d.name}: ${key} press ${i + 1} stays in the dialog`).toBe(true);
        await expectFocusVisible(page, `${d.name}, ${key} ${i + 1}`);
      }
    }

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener, `${d.name}: focus returns to the button that opened it`).toBeFocused();
  }

  // Cancel gives focus back too.
  const opener = dialogs[1].opener(page);
  await opener.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('the language picker is a disclosure: Escape closes it and returns focus to its button', async ({ page }) => {
  await visit(page, '/');
  const toggle = page.getByRole('banner').getByRole('button', { name: /^Language:? English$/ });
  await toggle.focus();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('list', { name: 'Language' });
  await expect(list.getByRole('button')).toHaveCount(4);
  await expect(list.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'English' })).toBeFocused();
  await expectFocusVisible(page, 'language option on the white list');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // Choosing a language switches the page, <html lang> and the button's own name.
  await page.keyboard.press('Enter');
  await tabTo(page, list.getByRole('button', { name: 'Français' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('banner').getByRole('button', { name: /Français$/ })).toBeFocused();
});

test('the rating control is a radio group with a visible label and a label on every option', async ({ page }) => {
  const id = await createAssessment(page, 'Library cards');
  await visit(page, `/assessment/stage?id=${id}&stage=strategy`);
  const group = page.getByRole('group', { name: 'Rating of golden rule 1', exact: true });
  await expect(group).toMatchAriaSnapshot(`
    - group "Rating of golden rule 1":
      - radio "Not started"
      - radio "Partly"
      - radio "Largely"
      - radio "Fully"
      - radio "Not applicable"
  `);
  // The group label and every option's label are visible text, not only for screen readers.
  await expect(group.locator('legend')).toBeVisible();
  for (const name of ['Not started', 'Partly', 'Largely', 'Fully', 'Not applicable']) {
    // The label's text, with the ✓ a chosen level draws (hidden from its name).
    await expect(group.getByText(new RegExp(`^\\s*${name}\\s*✓?\\s*$`))).toBeVisible();
  }

  // One Tab stop for the group; arrow keys choose, as in any native radio group.
  await tabTo(page, group.getByRole('radio', { name: 'Not started' }));
  await page.keyboard.press('Space');
  await expect(group.getByRole('radio', { name: 'Not started' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(group.getByRole('radio', { name: 'Partly' })).toBeFocused();
  await expectFocusVisible(page, 'the chosen rating');
  await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expectSaved(page);
  await page.keyboard.press('Tab');
  await expect(group.getByRole('button', { name: /^Clear rating/ })).toBeFocused();
});

test('"Saved" and storage errors are announced by a polite live region that was there before', async ({ page }) => {
  await installWriteFailureSwitch(page);
  const id = await createAssessment(page, 'School meals');
  await visit(page, `/assessment/stage?id=${id}&stage=design`);
  const status = page.getByRole('main').getByRole('status').first();
  // A live region is announced only if it exists before its text changes.
  await expect(status).toBeAttached();
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const marker = await status.evaluate((el) => ((el as HTMLElement & { __mark?: number }).__mark = 1));

  await page.getByRole('group', { name: 'Rating of golden rule 1', exact: true }).getByRole('radio', { name: 'Fully' }).check();
  await expect(status).toHaveText(/Saved/);

  await setWritesFail(page, true);
  await page.getByRole('group', { name: 'Rating of golden rule 2', exact: true }).getByRole('radio', { name: 'Partly' }).check();
  await expect(status).toContainText('Not saved.');
  await expect(status).toContainText('out of storage space');
  const retry = page.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();
  expect(await status.evaluate((el) => (el as HTMLElement & { __mark?: number }).__mark), 'the same region announced both').toBe(marker);

  await setWritesFail(page, false);
  await retry.click();
  await expect(status).toHaveText(/Saved/);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('group', { name: 'Rating of golden rule 2', exact: true }).getByRole('radio', { name: 'Partly' })).toBeChecked();
});

test('reading a file, a refused file and an import result are announced by one polite live region', async ({ page }) => {
  await visit(page, '/exchange');
  const section = page.getByRole('region', { name: 'Import a file' });
  const status = section.getByRole('status');
  await expect(status).toBeAttached();
  await expect(status).toHaveText('');
  const file = (name: string) => fileURLToPath(new URL(`../fixtures/exchange/${name}`, import.meta.url));

  await section.getByLabel('Choose a file').setInputFiles(file('bad-rating.json'));
  await expect(status).toContainText('bad-rating.json');
  await expect(status).toContainText(/cannot be imported|problem/i);

  await section.getByLabel('Choose a file').setInputFiles(file('v1-full.tessera.json'));
  await expect(status).toContainText('v1-full.tessera.json');
  await section.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(status).toHaveText('Import complete: 1 assessment written.');
});

test('every chart is an image with a text alternative, and its figures are in a table too', async ({ page }) => {
  const id = await createAssessment(page, 'Waste collection');
  await visit(page, `/assessment/stage?id=${id}&stage=strategy`);
  await page.getByRole('group', { name: 'Rating of golden rule 1', exact: true }).getByRole('radio', { name: 'Fully' }).check();
  await page.getByRole('group', { name: 'Rating of golden rule 2', exact: true }).getByRole('radio', { name: 'Partly' }).check();
  await expectSaved(page);
  await visit(page, `/assessment/results?id=${id}`);

  const charts = page.locator('main svg:not([aria-hidden="true"])');
  expect(await charts.count()).toBeGreaterThan(0);
  for (const chart of await charts.all()) {
    // Every chart speaks: an image role and a name that carries its figures, not just a title.
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart).toHaveAccessibleName(/1\. Strategy: 67%/);
  }
  const table = page.getByRole('table', { name: 'Score by stage' });
  await expect(table.getByRole('row', { name: /Strategy/ })).toContainText('67%');
  await expect(table.getByRole('row', { name: /Design/ })).toContainText('not rated yet');
});

test('after a delete, focus goes to Undo, which has no time limit, and Undo gives focus to the restored assessment', async ({ page }) => {
  await page.clock.install();
  await createAssessment(page, 'Harbour permits');
  await visit(page, '/');
  await page.getByRole('button', { name: 'Delete: Harbour permits' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Delete this assessment?' }).getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');

  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(undo).toHaveAccessibleDescription('“Harbour permits” was deleted.');
  await expectFocusVisible(page, 'Undo');
  // A minute later it is still there (WCAG 2.2.1: no time limit the user cannot extend).
  await page.clock.runFor(60_000);
  await expect(undo).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Harbour permits' })).toBeFocused();

  // Closing the message instead puts focus on the page heading.
  await page.getByRole('button', { name: 'Delete: Harbour permits' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Delete this assessment?' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeFocused();
});
