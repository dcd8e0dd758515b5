import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { wcagAxe } from './support/a11y';

async function openWorkshop(page: Page, serviceName: string) {
  await createAssessment(page, serviceName);
  await openSections(page);
  await page.getByRole('link', { name: 'Workshop mode' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'The need for the digital service is stated clearly.' })).toBeVisible();
}

test('votes in workshop mode become the agreed rating and stay after a reload', async ({ page }) => {
  await openWorkshop(page, 'Childminder finder');
  // The app chrome is gone: only the exit link leads out.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Leave workshop mode/ })).toBeVisible();

  const votes = page.getByRole('region', { name: 'Votes' });
  // The open tally, as before blind votes: each vote shows as it comes in (the choice is remembered).
  await votes.getByRole('radio', { name: 'Open tally' }).check();
  for (let i = 0; i < 3; i++) await votes.getByRole('button', { name: 'Vote: Largely' }).click();
  await votes.getByRole('button', { name: 'Vote: Partly' }).click();
  await votes.getByRole('button', { name: 'Vote: Fully' }).click();
  await votes.getByRole('button', { name: 'Remove a vote for Fully' }).click();
  await expect(votes.getByText('4 votes in total', { exact: true })).toBeVisible();
  await expect(votes.getByText('Views are one level apart')).toBeVisible();
  await expectSaved(page);

  await votes.getByRole('button', { name: 'Agree on Largely' }).click();
  const agreed = page.getByRole('group', { name: 'Rating of golden rule 1' });
  await expect(agreed.getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expect(votes.getByText('The agreed rating is Largely.')).toBeVisible();
  await page.getByLabel('Note').fill('Need backed by 40 complaints in 2025.');
  await page.getByLabel('Note').blur();
  await expectSaved(page);

  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Votes' }).getByText('4 votes in total', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Note')).toHaveValue('Need backed by 40 complaints in 2025.');

  // Clearing the votes asks first, and keeps the agreed rating.
  await page.getByRole('button', { name: 'Clear votes' }).click();
  await page.getByRole('dialog', { name: 'Clear all votes for this rule?' }).getByRole('button', { name: 'Clear votes' }).click();
  await expect(page.getByRole('region', { name: 'Votes' }).getByText('0 votes in total', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' })).toBeChecked();

  // The rating shows on the normal stage page too.
  await page.getByRole('link', { name: /Leave workshop mode/ }).click();
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await expect(page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' })).toBeChecked();
});

test.describe('moving between rules', () => {
  test.use({ hasTouch: true });

  test('buttons, arrow keys, swipes and the rule picker move between rules, and a reload stays put', async ({ page }) => {
    await openWorkshop(page, 'Parking permits');
    const position = page.getByText(/^Golden rule \d+ of 26$/);
    await expect(position).toHaveText('Golden rule 1 of 26');
    await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(position).toHaveText('Golden rule 2 of 26');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The objective the service is developed for is defined.');

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText('Golden rule 3 of 26');
    await page.keyboard.press('ArrowLeft');
    await expect(position).toHaveText('Golden rule 2 of 26');

    // Arrow keys inside a text field move the caret, not the rule.
    await page.getByLabel('Note').fill('abc');
    await page.getByLabel('Note').press('ArrowLeft');
    await expect(position).toHaveText('Golden rule 2 of 26');

    // A real touch swipe across the rule's text, right to left, goes forward; left to right goes back.
    // Each touch carries its own time, 40 ms apart: the gesture lasts 240 ms however long a busy
    // machine takes to deliver it (a swipe must be quick, and the page reads the events' times).
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (direction: 'left' | 'right') => {
      const box = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      const y = box.y + box.height / 2;
      const [fromX, toX] = direction === 'left' ? [box.x + box.width - 10, box.x + 10] : [box.x + 10, box.x + box.width - 10];
      const start = Date.now() / 1000;
      const at = (step: number) => start + step * 0.04;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }], timestamp: at(0) });
      for (let step = 1; step <= 5; step++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * step) / 5, y }], timestamp: at(step) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(6) });
    };
    await swipe('left');
    await expect(position).toHaveText('Golden rule 3 of 26');
    await swipe('right');
    await expect(position).toHaveText('Golden rule 2 of 26');
    await swipe('right');
    await expect(position).toHaveText('Golden rule 1 of 26');

    await page.getByLabel('Go to golden rule').selectOption({ label: '2.4 Interface designed last' });
    await expect(position).toHaveText('Golden rule 11 of 26');
    await expect(page).toHaveURL(/rule=design\.rule\.4/);

    await page.reload();
    await waitForApp(page);
    await expect(page.getByText(/^Golden rule \d+ of 26$/)).toHaveText('Golden rule 11 of 26');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/omni-channel/);
  });
});

test('parked points are saved with the assessment', async ({ page }) => {
  await openWorkshop(page, 'Birth certificates');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Parked points (0)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Parked points' });
  await expect(dialog.getByText('Nothing parked yet.')).toBeVisible();
  await dialog.getByLabel('New point').fill('Ask the legal team who owns the objective');
  await dialog.getByRole('button', { name: 'Park this point' }).click();
  await expect(dialog.getByText('Ask the legal team who owns the objective')).toBeVisible();
  await dialog.getByLabel('About golden rule 2 of Strategy').uncheck();
  await dialog.getByLabel('New point').fill('Budget for the 2027 pilot');
  await dialog.getByRole('button', { name: 'Park this point' }).click();
  await expect(dialog.getByText('General point')).toBeVisible();
  await expectSaved(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Parked points (2)' })).toBeFocused();

  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Parked points (2)' }).click();
  const again = page.getByRole('dialog', { name: 'Parked points' });
  await again.getByRole('checkbox', { name: /Budget for the 2027 pilot/ }).check();
  await expectSaved(page);
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Parked points (1)' })).toBeVisible();

  // From the parked points, jump back to the rule a point came from.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Parked points (1)' }).click();
  await page.getByRole('dialog', { name: 'Parked points' }).getByRole('button', { name: 'Go to golden rule 2 of Strategy' }).click();
  await expect(page.getByText(/^Golden rule \d+ of 26$/)).toHaveText('Golden rule 2 of 26');
});

test('the timer counts down and can be paused', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-02T09:00:00Z') });
  await openWorkshop(page, 'Timed service');
  // From here the page's time moves only when the test moves it, however slow the machine.
  await page.clock.pauseAt(new Date('2026-12-02T10:00:00Z'));
  await page.getByRole('button', { name: 'Timer' }).click();
  await page.getByLabel('Length').selectOption({ label: '2 minutes' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const clock = page.getByRole('timer', { name: 'Time left' });
  await expect(clock).toHaveText('2:00');
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('1:30');
  await page.getByRole('button', { name: 'Pause' }).first().click();
  await page.clock.runFor(60_000);
  await expect(clock).toHaveText('1:30');
  await page.getByRole('button', { name: 'Resume' }).first().click();
  await page.clock.runFor(95_000);
  await expect(clock).toContainText('Time is up');
  // Per-rule timeboxes start again on the next rule.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(clock).toHaveText('2:00');
});

test('workshop mode passes axe', async ({ page }) => {
  await openWorkshop(page, 'Accessible service');
  const votes = page.getByRole('region', { name: 'Votes' });
  await votes.getByRole('button', { name: 'Vote: Partly' }).click();
  const hidden = await wcagAxe(page).analyze();
  expect(hidden.violations).toEqual([]);
  // Revealed, with votes far apart: the spread and the minority view's field.
  await votes.getByRole('button', { name: 'Vote: Fully' }).click();
  await votes.getByRole('button', { name: 'Reveal the votes' }).click();
  await expect(votes.getByRole('textbox', { name: 'Minority view' })).toBeVisible();
  const results = await wcagAxe(page).analyze();
  expect(results.violations).toEqual([]);
  await page.getByRole('button', { name: 'Parked points (0)' }).click();
  const dialog = await wcagAxe(page).analyze();
  expect(dialog.violations).toEqual([]);
});
