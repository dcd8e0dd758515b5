import type { Locator } from '@playwright/test';
import { createAssessment, expect, expectSaved, test } from './support/fixtures';
import { openSections } from './support/sections';

const dissent = 'Two of us think nobody has written the need down yet.';

test('a blind vote of five: the tally stays hidden until revealed, the spread asks for the minority view, and the report keeps it', async ({ page }) => {
  await createAssessment(page, 'Childminder finder');
  await openSections(page);
  await page.getByRole('link', { name: 'Workshop mode' }).first().click();
  const votes = page.getByRole('region', { name: 'Votes' });
  await expect(votes.getByRole('radio', { name: 'Hidden until revealed' })).toBeChecked();
  await expect(votes.getByRole('button', { name: 'Reveal the votes' })).toBeDisabled();

  // Five people vote in turn; one tap lands on the wrong level and is taken back.
  const vote = (level: string) => votes.getByRole('button', { name: `Vote: ${level}` }).click();
  await vote('Largely');
  await vote('Fully');
  await votes.getByRole('button', { name: 'Take back the last vote' }).click();
  await vote('Largely');
  await vote('Partly');
  await vote('Not started');
  await vote('Largely');
  await expect(votes.getByText('5 votes cast', { exact: true })).toBeVisible();
  // Nothing tells the room how anyone voted: no counts, no bars, no spread, and the announcement has no level.
  await expect(votes.getByRole('button', { name: /^Remove a vote/ })).toHaveCount(0);
  await expect(votes.getByText('Middle vote')).toHaveCount(0);
  await expect(votes.getByRole('status')).toHaveText('Vote counted. 5 votes in total.');
  await expect(votes.getByRole('button', { name: 'Take back the last vote' })).toBeEnabled();
  await expectSaved(page);

  await votes.getByRole('button', { name: 'Reveal the votes' }).click();
  await expect(votes.getByRole('status')).toHaveText('Votes revealed: Not started: 1, Partly: 1 and Largely: 3.');
  await expect(votes.getByText('5 votes in total', { exact: true })).toBeVisible();
  await expect(votes.getByText('Votes range from Not started to Largely')).toBeVisible();
  await expect(votes.getByText('Views are far apart: talk it through before agreeing')).toBeVisible();
  const minority = votes.getByRole('textbox', { name: 'Minority view' });
  await expect(minority).toHaveAccessibleDescription(/two levels apart or more/);
  await minority.fill(dissent);
  await minority.blur();
  await expectSaved(page);
  await votes.getByRole('button', { name: 'Agree on Largely' }).click();
  await expect(page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' })).toBeChecked();
  await expectSaved(page);

  // The results say the score rests on a divided vote and no evidence, with the minority view.
  await page.getByRole('link', { name: /Leave workshop mode/ }).click();
  await openSections(page);
  await page.getByRole('link', { name: 'Results' }).first().click();
  const solid = page.getByRole('region', { name: 'How solid the scores are' });
  const strategy = solid.getByRole('row', { name: /^1\. Strategy/ });
  await expect(strategy.getByRole('cell')).toHaveText(['67%', '1', '5', '0', /1$/]);
  const weak = solid.getByRole('list', { name: 'Weak ratings' }).getByRole('listitem').first();
  await expect(weak.getByRole('link', { name: '1.1 Need stated: Largely' })).toBeVisible();
  await expect(weak).toContainText('Rated with no evidence: no link, photo or file.');
  await expect(weak).toContainText('5 votes, from Not started to Largely: views far apart.');
  await expect(weak).toContainText(`Minority view: ${dissent}`);

  // The report keeps the agreed rating, what it means, the spread and the minority view.
  await openSections(page);
  await page.getByRole('link', { name: 'Report' }).first().click();
  const rule = page.getByRole('article', { name: '1.1 Need stated' });
  await expect(rule).toContainText('Rating: Largely');
  await expect(rule).toContainText('A short written statement of the need is backed by evidence, but some stakeholders have not yet agreed to it.');
  await expect(rule).toContainText('5 votes in total: Not started 1, Partly 1, Largely 3 and Fully 0');
  await expect(rule).toContainText('Views are far apart: talk it through before agreeing');
  await expect(item(rule, 'Minority view')).toContainText(dissent);
  await expect(rule).toContainText('Weak rating');
  const appendix = page.getByRole('region', { name: 'Appendix: what the levels mean' });
  await expect(appendix.getByRole('term').filter({ hasText: 'Largely' })).toContainText('(agreed)');
});

test('after voting with the keyboard, → brings the next rule with focus on its heading', async ({ page }) => {
  await createAssessment(page, 'Parking permits');
  await openSections(page);
  await page.getByRole('link', { name: 'Workshop mode' }).first().click();
  const votes = page.getByRole('region', { name: 'Votes' });
  await votes.getByRole('button', { name: 'Vote: Partly' }).focus();
  await page.keyboard.press('Enter');
  await expect(votes.getByText('1 vote cast', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const heading = page.getByRole('heading', { level: 1, name: 'The objective the service is developed for is defined.' });
  await expect(heading).toBeFocused();
  // A new rule is a new round: hidden again, nothing to take back.
  await expect(page.getByRole('region', { name: 'Votes' }).getByRole('button', { name: 'Take back the last vote' })).toBeDisabled();
});

/** The part of a report rule under a small heading. */
function item(rule: Locator, heading: string): Locator {
  return rule.locator('.item').filter({ has: rule.page().getByRole('heading', { name: heading, exact: true }) });
}
