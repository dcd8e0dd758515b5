import { createAssessment, expect, test, waitForApp } from './support/fixtures';
import { colleagueContext, rateStrategyRule, rawDatabase } from './support/exchange';
import { installStorageFaults, quotaExceeded, setFault } from './support/storage-faults';
import { axeViolations } from './support/a11y';
import { createTeam, expectSynced, setTeamMembers, teamDoc, turnOnTeamSpace } from './support/team';

/*
 * Team space when a sync cannot go through: each cause is said in plain words on Settings, what
 * was changed on the tablet waits, and the way out (sign in again, free space, ask IT) works.
 * The server unreachable is in team-sync.spec.ts (offline, then online).
 */

const teamSection = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Team space' });

test('a session that ended asks for the password again and then sends what waited; a member taken off the team is told to ask IT', async ({ page }) => {
  const { url, db } = await createTeam(['maria', 'nikos']);
  const id = await createAssessment(page, 'Library cards');
  await turnOnTeamSpace(page, url, 'maria');

  // The server forgets the session (it timed out, or was ended there): the browser has no cookie any more.
  await page.context().clearCookies();
  await rateStrategyRule(page, id, 1, 'Largely');
  await page.goto('/settings');
  await waitForApp(page);
  const section = teamSection(page);
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect(section.getByTestId('team-status')).toHaveText('Signed out: the team server no longer knows this device. Sign in again to go on syncing.');
  await expect(section.getByTestId('team-waiting')).toHaveText('1 change waiting to be sent.');
  expect(await axeViolations(page), 'axe on Settings, signed out').toEqual([]);

  // A mistyped password is said as such, and the form stays.
  const password = section.getByLabel('Password of maria');
  await password.fill('maria-passwrod');
  await section.getByRole('button', { name: 'Sign in again' }).click();
  await expect(section.getByRole('alert')).toHaveText('The user name or password is not right.');
  await expect(section.getByTestId('team-status')).toHaveText(/^Signed out/);

  // The right one: the sync goes on, and the rating made while signed out reaches the team.
  await password.fill('maria-password');
  await section.getByRole('button', { name: 'Sign in again' }).click();
  await expectSynced(page);
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect(password).toHaveCount(0);
  expect((await teamDoc(db, `a:${id}`)).assessment.responses['strategy.rule.1'].rating).toBe('largely');

  // Maria leaves the team. Signing in would not help: the message says who can.
  await setTeamMembers(db, ['nikos']);
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect(section.getByTestId('team-status')).toHaveText('This user has no permission for this team database. Ask your IT department.');
  await expect(section.getByLabel('Password of maria')).toHaveCount(0);
  // Taken back on: the next sync works again.
  await setTeamMembers(db, ['maria', 'nikos']);
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expectSynced(page);
});

test('with the tablet’s storage full, a sync stores nothing and says so; once there is space, the team’s assessment arrives', async ({
  page,
  browser,
  baseURL
}) => {
  const { url } = await createTeam(['maria', 'nikos']);
  await installStorageFaults(page);
  const mine = await createAssessment(page, 'Library cards');
  await rateStrategyRule(page, mine, 1, 'Partly');
  await turnOnTeamSpace(page, url, 'maria');

  // A colleague's assessment is in the team database, waiting for this tablet.
  const { context } = await colleagueContext(browser, baseURL);
  const other = await context.newPage();
  await createAssessment(other, 'Parking permits');
  await turnOnTeamSpace(other, url, 'nikos');
  await context.close();

  const before = await rawDatabase(page);
  await setFault(page, 'write', quotaExceeded);
  const section = teamSection(page);
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect(section.getByTestId('team-status')).toHaveText(
    "This device's storage is full: changes from the team cannot be stored. Free some space, then sync again."
  );
  await expect(section.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  expect(await rawDatabase(page), 'nothing stored changed').toBe(before);
  expect(await axeViolations(page), 'axe on Settings, storage full').toEqual([]);

  // Space was freed: the same button brings the colleague's assessment, and this tablet's stays as it was.
  await setFault(page, 'write', null);
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expectSynced(page);
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('link', { name: 'Parking permits' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Library cards' })).toBeVisible();
});
