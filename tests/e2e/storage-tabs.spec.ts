import type { Page } from '@playwright/test';
import { clickAndReload, createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { readStoredAssessment } from './support/storage-faults';

const rating = (page: Page, rule: number, level: string) =>
  page.getByRole('group', { name: `Rating of golden rule ${rule}` }).getByRole('radio', { name: level });

async function openStage(page: Page, id: string): Promise<void> {
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeVisible();
}

test('an edit in one tab appears in the other', async ({ page, context }) => {
  const id = await createAssessment(page, 'Marriage certificates');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  const other = await context.newPage();
  await openStage(other, id);

  await rating(page, 1, 'Fully').check();
  await expectSaved(page);
  await expect(rating(other, 1, 'Fully')).toBeChecked();

  const notes = other.getByLabel('Notes').first();
  await notes.fill('Seen from the second tab.');
  await notes.blur();
  await expectSaved(other);
  await expect(page.getByLabel('Notes').first()).toHaveValue('Seen from the second tab.');

  // The list in a third tab follows renames too.
  const list = await context.newPage();
  await list.goto('/');
  await waitForApp(list);
  await openSections(page);
  await page.getByRole('link', { name: 'Overview' }).first().click();
  const name = page.getByLabel('Service name');
  await name.fill('Civil marriage certificates');
  await name.blur();
  await expectSaved(page);
  await expect(list.getByRole('heading', { name: 'Civil marriage certificates' })).toBeVisible();
});

test('a newer version opening the database in another tab: this tab saves, steps aside and asks for a reload', async ({ page, context }) => {
  const id = await createAssessment(page, 'Fishing licences');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await rating(page, 1, 'Partly').check();
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto('/privacy');
  await waitForApp(other);

  // Typing still in the field, not yet saved (no pause, no blur) when the other tab upgrades.
  await page.getByLabel('Notes').first().pressSequentially('Typed right before the upgrade');
  const upgrade = await other.evaluate(
    () =>
      new Promise<{ version: number; blockedFirst: boolean }>((resolve, reject) => {
        let blockedFirst = false;
        const request = indexedDB.open('tessera', 999);
        request.onblocked = () => (blockedFirst = true);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve({ version, blockedFirst });
        };
        request.onerror = () => reject(request.error);
        setTimeout(() => reject(new Error('the upgrade stayed blocked')), 8000);
      })
  );
  expect(upgrade.version).toBe(999);

  const alert = page.getByRole('alert').filter({ hasText: 'Tessera was updated in another tab' });
  await expect(alert).toContainText('Everything you entered here is saved');
  const stored = (await readStoredAssessment(other, id)) as { responses: Record<string, { rating: string; note: string }> };
  expect(stored.responses['strategy.rule.1']).toMatchObject({ rating: 'partly', note: 'Typed right before the upgrade' });

  // Nothing more can be written with the old connection: it says so instead of failing silently.
  await rating(page, 2, 'Fully').check();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toContainText('Reload this page to go on');

  await clickAndReload(page, alert.getByRole('button', { name: 'Reload page' }));
  await expect(rating(page, 1, 'Partly')).toBeChecked();
  await expect(page.getByLabel('Notes').first()).toHaveValue('Typed right before the upgrade');
});

test('when another tab holds the database at an older version, this tab says so and goes on once it lets go', async ({ page, context }) => {
  const holder = await context.newPage();
  await holder.goto('/privacy');
  await waitForApp(holder);
  // An old tab whose code ignores versionchange keeps version 1 open.
  await holder.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('tessera', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('assessments', { keyPath: 'id' });
        request.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
      })
  );

  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('status').filter({ hasText: 'Tessera is also open in another tab' })).toBeVisible();

  await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(page.getByRole('status').filter({ hasText: 'Tessera is also open in another tab' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Assess a digital public service with your team' })).toBeVisible();
});

test('deleting all data in one tab makes the other tab stop and ask for a reload', async ({ page, context }) => {
  await createAssessment(page, 'Dog licences');
  const settings = await context.newPage();
  await settings.goto('/settings');
  await waitForApp(settings);
  await settings.getByRole('button', { name: 'Delete all data…' }).click();
  await settings.getByRole('dialog', { name: 'Delete all data on this device?' }).getByRole('button', { name: 'Delete everything' }).click();
  await expect(settings.getByRole('heading', { name: 'Assess a digital public service with your team' })).toBeVisible();

  await expect(page.getByRole('alert').filter({ hasText: 'Tessera’s data was deleted in another tab' })).toBeVisible();
  await clickAndReload(page, page.getByRole('button', { name: 'Reload page' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Assessment not found' })).toBeVisible();
});
