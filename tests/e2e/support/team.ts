import type { Page } from '@playwright/test';
import { couchPort } from '../../playwright.config';
import { standInClient } from '../../tools/couchdb-standin.mjs';
import { expect, waitForApp } from './fixtures';

/*
 * Team space in browser tests: the CouchDB stand-in runs on its own loopback port (Playwright's
 * web server) and the app reaches it as /couchdb/ on its own origin, through vite preview's proxy.
 * Tests set up team databases as the organisation's administrator would, over the stand-in's API.
 */

const standIn = standInClient(`http://127.0.0.1:${couchPort}`);

let n = 0;

/** Creates a team database whose members are these users; returns its address as the app sees it. */
export async function createTeam(users: readonly string[]): Promise<{ url: string; db: string }> {
  const db = `team-${process.pid}-${Date.now()}-${++n}`;
  await standIn.createTeam(db, Object.fromEntries(users.map((name) => [name, `${name}-password`])));
  return { url: `/couchdb/${db}`, db };
}

/** Makes these users the team's only members, as the administrator would when someone leaves. */
export async function setTeamMembers(db: string, users: readonly string[]): Promise<void> {
  await standIn.admin('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: users, roles: [] } });
}

/** A document of the team database, read as the administrator. */
export const teamDoc = (db: string, id: string) => standIn.admin('GET', `/${db}/${encodeURIComponent(id)}`);

/** Turns Team space on in Settings and waits for the first sync to end. */
export async function turnOnTeamSpace(page: Page, url: string, user: string): Promise<void> {
  await page.goto('/settings');
  await waitForApp(page);
  const section = page.getByRole('region', { name: 'Team space' });
  await section.getByRole('button', { name: 'Turn on Team space' }).click();
  await section.getByLabel('Address of the team database').fill(url);
  await section.getByLabel('User name').fill(user);
  await section.getByLabel('Password').fill(`${user}-password`);
  await section.getByRole('button', { name: 'Sign in and turn on' }).click();
  await expect(section.getByText(`Team space is on for the account ${user} at`)).toBeVisible();
  await expectSynced(page);
}

/** On Settings: presses "Sync now" and waits until the sync ended with nothing left to send. */
export async function syncNow(page: Page): Promise<void> {
  await page.goto('/settings');
  await waitForApp(page);
  const section = page.getByRole('region', { name: 'Team space' });
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expectSynced(page);
}

/** Waits until the status says when it last synced (no error, no sync running) and nothing waits. */
export async function expectSynced(page: Page): Promise<void> {
  const section = page.getByRole('region', { name: 'Team space' });
  await expect(section.getByTestId('team-status')).toHaveText(/^Last synced: /);
  await expect(section.getByTestId('team-waiting')).toHaveText('0 changes waiting to be sent.');
  await expect(section.getByRole('button', { name: 'Sync now' })).toBeEnabled();
}
