import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { wcagAxe } from './support/a11y';
import {
  addNextStep,
  colleagueContext,
  exportFromOverview,
  importWithDefaults,
  openExchange,
  pickFile,
  previewItem,
  rateStrategyRule
} from './support/exchange';

/*
 * The promise behind "Merge (recommended)": two tablets that pass one assessment back and forth
 * lose no edit, whichever imports whose file, and a deletion stays deleted.
 */

const rating = (page: Page, rule: number) => page.getByRole('group', { name: `Rating of golden rule ${rule}` });
const ruleCard = (page: Page, rule: number) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(`Golden rule ${rule}\\b`) }) });

/** Writes the note of a Strategy golden rule on the stage page. */
async function writeNote(page: Page, id: string, rule: number, note: string) {
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  const field = ruleCard(page, rule).getByLabel('Notes');
  await field.fill(note);
  await field.blur();
  await expectSaved(page);
}

/** Imports a file keeping the default choice (Merge), after checking what the preview says. */
async function mergeFile(page: Page, file: { name: string; text: string }, serviceName: string, says: string) {
  await openExchange(page);
  await pickFile(page, file);
  const item = previewItem(page, serviceName);
  await expect(item).toContainText(says);
  await expect(item.getByRole('radio', { name: 'Merge' })).toBeChecked();
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
}

async function expectRuleOne(page: Page, id: string, level: string, note: string) {
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(rating(page, 1).getByRole('radio', { name: level })).toBeChecked();
  await expect(ruleCard(page, 1).getByLabel('Notes')).toHaveValue(note);
}

test('a rating changed on one tablet and a note on the other both survive a merge, in both directions', async ({ page, browser, baseURL }) => {
  // Tablet A rates 1.1 "Partly" and exports.
  const id = await createAssessment(page, 'Parking permits');
  await rateStrategyRule(page, id, 1, 'Partly');
  const fromA = await exportFromOverview(page, id, 'Parking permits');

  // Tablet B imports it, changes 1.1 to "Largely" and exports.
  const { context, foreign } = await colleagueContext(browser, baseURL);
  const tabletB = await context.newPage();
  await importWithDefaults(tabletB, fromA);
  await rateStrategyRule(tabletB, id, 1, 'Largely');
  const fromB = await exportFromOverview(tabletB, id, 'Parking permits');

  // A then edits only 1.1's note, later than B's rating, and merges B's file.
  await writeNote(page, id, 1, 'Residents asked for an online form.');
  const fromAWithNote = await exportFromOverview(page, id, 'Parking permits');
  await mergeFile(page, fromB, 'Parking permits', 'Already here: the file has changes this device does not have');
  await expect(page.getByText(/changed on both sides/)).toHaveCount(0);
  await expectRuleOne(page, id, 'Largely', 'Residents asked for an online form.');

  // The other direction: B merges A's file with the note.
  await mergeFile(tabletB, fromAWithNote, 'Parking permits', 'Already here: the file has changes this device does not have');
  await expectRuleOne(tabletB, id, 'Largely', 'Residents asked for an online form.');
  await context.close();
  expect(foreign).toEqual([]);
});

test('a next step deleted on one tablet stays deleted after merging the other tablet’s older copy', async ({ page, browser, baseURL }) => {
  const id = await createAssessment(page, 'School meals');
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await addNextStep(page, 1, 'Call the school board');
  const shared = await exportFromOverview(page, id, 'School meals');

  const { context } = await colleagueContext(browser, baseURL);
  const tabletB = await context.newPage();
  await importWithDefaults(tabletB, shared);
  // B works on another rule; its copy still has the step, unchanged.
  await rateStrategyRule(tabletB, id, 2, 'Fully');
  const olderCopy = await exportFromOverview(tabletB, id, 'School meals');

  // A deletes the step, then merges B's copy.
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await ruleCard(page, 1)
    .getByRole('button', { name: /Remove.*Next step 1/ })
    .click();
  await expectSaved(page);
  await expect(ruleCard(page, 1).getByLabel('Next step 1', { exact: true })).toHaveCount(0);
  await mergeFile(page, olderCopy, 'School meals', 'Already here: the file has changes this device does not have');

  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(rating(page, 2).getByRole('radio', { name: 'Fully' })).toBeChecked();
  await expect(ruleCard(page, 1).getByLabel('Next step 1', { exact: true })).toHaveCount(0);

  // And B, merging A's copy, loses the step too.
  const afterDeletion = await exportFromOverview(page, id, 'School meals');
  await mergeFile(tabletB, afterDeletion, 'School meals', 'Merging removes 1 item that was deleted in the file');
  await tabletB.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(tabletB);
  await expect(ruleCard(tabletB, 1).getByLabel('Next step 1', { exact: true })).toHaveCount(0);
  await context.close();
});

test('the same rating changed on both tablets is a conflict: the newer is kept, and the other can be chosen by keyboard', async ({
  page,
  browser,
  baseURL
}) => {
  const id = await createAssessment(page, 'Building permits');
  await rateStrategyRule(page, id, 2, 'Partly');
  const shared = await exportFromOverview(page, id, 'Building permits');

  const { context } = await colleagueContext(browser, baseURL);
  const tabletB = await context.newPage();
  await importWithDefaults(tabletB, shared);
  await rateStrategyRule(tabletB, id, 2, 'Fully');
  const fromB = await exportFromOverview(tabletB, id, 'Building permits');
  await context.close();

  // A changes the same rating afterwards, so A's is the newer one.
  await rateStrategyRule(page, id, 2, 'Largely');
  await openExchange(page);
  await pickFile(page, fromB);
  await expect(previewItem(page, 'Building permits')).toContainText('1 field was changed both here and in the file.');
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByText('1 field had been changed on both sides: the newer value was kept.')).toBeVisible();

  await page.getByRole('link', { name: /Review the conflicts in “Building permits”/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conflicts to review' })).toBeVisible();
  const conflict = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Rating of golden rule 1\.2/ }) });
  await expect(conflict.getByRole('region', { name: 'Kept (newer)' })).toContainText('Largely');
  await expect(conflict.getByRole('region', { name: 'Kept (newer)' })).toContainText('Changed on this device');
  await expect(conflict.getByRole('region', { name: 'Not kept' })).toContainText('Fully');
  await expect(conflict.getByRole('region', { name: 'Not kept' })).toContainText(`Changed in “${fromB.name}”`);
  const { violations } = await wcagAxe(page).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  // By keyboard: focus the choice, press Enter.
  await conflict.getByRole('button', { name: 'Use the other value' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No conflicts to review: every merged change has been settled.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Now using the other value of Rating of golden rule 1.2' })).toBeAttached();
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(rating(page, 2).getByRole('radio', { name: 'Fully' })).toBeChecked();
  await page.goto(`/assessment?id=${id}`);
  await waitForApp(page);
  await expect(page.getByText(/conflicts? from an import/)).toHaveCount(0);
});
