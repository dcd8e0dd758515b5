import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';

/**
 * Replaces the browser's persistence answers with a recorded stand-in: Chromium decides by its
 * own heuristics, and the test needs to see whether and when Tessera asks. The count survives reloads.
 */
async function stubPersistence(page: Page, grant: boolean, estimate?: { usage: number; quota: number }): Promise<void> {
  await page.addInitScript(
    ([willGrant, fakeEstimate]) => {
      const storage = navigator.storage;
      const granted = () => sessionStorage.getItem('test.granted') === '1';
      Object.defineProperty(storage, 'persisted', { value: async () => granted() });
      Object.defineProperty(storage, 'persist', {
        value: async () => {
          sessionStorage.setItem('test.persistCalls', String(Number(sessionStorage.getItem('test.persistCalls') ?? 0) + 1));
          if (willGrant) sessionStorage.setItem('test.granted', '1');
          return granted();
        }
      });
      if (fakeEstimate) Object.defineProperty(storage, 'estimate', { value: async () => fakeEstimate });
    },
    [grant, estimate] as const
  );
}

/** Counts the app's answered look-ups of whether it asked for persistence before. */
async function countAskedBeforeReads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (query: IDBValidKey | IDBKeyRange) {
      const request = get.call(this, query);
      if (this.name === 'meta' && query === 'persistenceAskedAt') {
        request.addEventListener('success', () =>
          sessionStorage.setItem('test.askedReads', String(Number(sessionStorage.getItem('test.askedReads') ?? 0) + 1))
        );
      }
      return request;
    };
  });
}

const askedBeforeReads = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('test.askedReads') ?? 0));
const persistCalls = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('test.persistCalls') ?? 0));

async function openSettings(page: Page): Promise<void> {
  await page.goto('/settings');
  await waitForApp(page);
}

const storageSection = (page: Page) => page.getByRole('region', { name: 'Storage on this device' });

test.describe('persistent storage', () => {
  test('is asked for once, by the click that saves the first assessment, and Settings shows it', async ({ page }) => {
    await stubPersistence(page, true);
    await countAskedBeforeReads(page);
    await openSettings(page);
    await expect(storageSection(page).getByTestId('persistence')).toHaveText(/Storage is not yet persistent/);
    expect(await persistCalls(page)).toBe(0);

    await createAssessment(page, 'Building permits');
    await expect.poll(() => persistCalls(page)).toBe(1);
    await createAssessment(page, 'Parking permits');
    // The second save looks up whether the app asked before: once that answer is in, it has asked or not.
    await expect.poll(() => askedBeforeReads(page)).toBe(2);
    expect(await persistCalls(page)).toBe(1);

    await openSettings(page);
    await expect(storageSection(page).getByTestId('persistence')).toHaveText(/Storage is persistent/);
    await expect(storageSection(page).getByRole('button', { name: 'Keep my data safe' })).toHaveCount(0);
    await expect(storageSection(page)).toContainText('2 assessments are stored on this device.');
    await expect(storageSection(page)).toContainText('No full export yet.');
    await expect(storageSection(page).getByTestId('usage')).toHaveText(/^Used: .+ of about .+ available\.$/);
    // Not an iPad: what it would mean on one.
    await expect(storageSection(page).getByTestId('lifetime')).toHaveText(
      /^On an iPad, install Tessera to the Home Screen: Safari deletes a website’s data after 7 days without a visit/
    );
  });

  test('when the browser refuses, Settings says so and can ask again', async ({ page }) => {
    await stubPersistence(page, false);
    await openSettings(page);
    const ask = storageSection(page).getByRole('button', { name: 'Keep my data safe' });
    await ask.click();
    await expect(storageSection(page).getByRole('status')).toHaveText(/did not grant persistent storage/);
    await ask.click();
    expect(await persistCalls(page)).toBe(2);
  });

  test('Settings warns when the space left runs low', async ({ page }) => {
    await stubPersistence(page, true, { usage: 950 * 1024 * 1024, quota: 1024 * 1024 * 1024 });
    await openSettings(page);
    await expect(storageSection(page).getByTestId('usage')).toHaveText('Used: 950 MB of about 1 GB available.');
    await expect(storageSection(page)).toContainText('This device is running out of space for Tessera.');
  });
});

test.describe('on an iPad, in Safari rather than from the Home Screen', () => {
  // iPadOS Safari presents itself as a Mac; only its touch points give it away.
  test.use({
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
    viewport: { width: 768, height: 1024 },
    hasTouch: true
  });

  async function emulateIpad(page: Page, installed: boolean): Promise<void> {
    await page.addInitScript((standalone) => {
      Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => 5 });
      Object.defineProperty(Navigator.prototype, 'standalone', { get: () => standalone });
    }, installed);
  }

  test('explains how to add Tessera to the Home Screen first, and why; the tip can be hidden', async ({ page }) => {
    await emulateIpad(page, false);
    await page.goto('/');
    await waitForApp(page);
    const hint = page.getByRole('region', { name: 'Add Tessera to your Home Screen before you start' });
    await expect(hint).toContainText('Safari deletes a website’s stored data after 7 days without a visit');
    await expect(hint.getByRole('listitem')).toHaveText([/Tap the Share button/, /Add to Home Screen/, /Open Tessera from its new icon/]);

    await hint.getByRole('button', { name: 'Hide this tip' }).click();
    await expect(hint).toHaveCount(0);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('heading', { name: 'Assess a digital public service with your team' })).toBeVisible();
    await expect(hint).toHaveCount(0);

    // Settings keeps explaining it, where storage is discussed, and says what a tab means.
    await openSettings(page);
    await expect(storageSection(page).getByRole('heading', { level: 3, name: 'Add Tessera to your Home Screen before you start' })).toBeVisible();
    await expect(storageSection(page).getByTestId('lifetime')).toHaveText(
      'On this device, Tessera is open in a Safari tab: Safari deletes a website’s data after 7 days without a visit. Add Tessera to the Home Screen (see below) and enter your data there.'
    );
  });

  test('says nothing once Tessera runs from the Home Screen', async ({ page }) => {
    await emulateIpad(page, true);
    await page.goto('/');
    await waitForApp(page);
    await expect(page.getByRole('heading', { name: 'Assess a digital public service with your team' })).toBeVisible();
    await expect(page.getByText('Add Tessera to your Home Screen')).toHaveCount(0);
    await openSettings(page);
    await expect(storageSection(page).getByTestId('persistence')).toBeVisible();
    await expect(page.getByText('Add Tessera to your Home Screen')).toHaveCount(0);
    await expect(storageSection(page).getByTestId('lifetime')).toHaveText(
      'On this iPad, Tessera runs from the Home Screen: Safari’s rule that deletes a website’s data after 7 days without use does not apply to it.'
    );
  });
});

test.describe('the backup reminder', () => {
  const reminder = (page: Page) => page.getByRole('region', { name: 'Time to back up your work' });

  async function at(page: Page, time: string): Promise<void> {
    await page.clock.setSystemTime(new Date(time));
    await page.goto('/');
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  }

  test('appears after 7 days of unexported work, exports everything in one tap, and can be put off', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-02T09:00:00Z') });
    const id = await createAssessment(page, 'Street lighting repairs');
    await at(page, '2026-11-08T09:00:00Z');
    await expect(page.getByRole('heading', { name: 'Street lighting repairs' })).toBeVisible();
    await expect(reminder(page)).toHaveCount(0);

    await at(page, '2026-11-09T10:00:00Z');
    await expect(reminder(page)).toContainText('1 assessment has never been exported.');
    const downloading = page.waitForEvent('download');
    await reminder(page).getByRole('button', { name: 'Export all' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('street-lighting-repairs-2026-11-09.tessera.json');
    const backup = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(backup.assessments.map((a: { serviceName: string }) => a.serviceName)).toEqual(['Street lighting repairs']);
    await expect(page.getByRole('status').filter({ hasText: 'was saved to your downloads' })).toBeVisible();
    await expect(reminder(page)).toHaveCount(0);

    // A change after the backup, left unexported for a week.
    await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
    await waitForApp(page);
    await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Partly' }).check();
    await expectSaved(page);
    await at(page, '2026-11-16T11:00:00Z');
    await expect(reminder(page)).toContainText('1 assessment has changed since your last full export on 9 November 2026.');

    await reminder(page).getByRole('button', { name: 'Remind me tomorrow' }).click();
    await expect(reminder(page)).toHaveCount(0);
    await at(page, '2026-11-17T09:00:00Z');
    await expect(reminder(page)).toHaveCount(0);
    await at(page, '2026-11-17T12:00:00Z');
    await expect(reminder(page)).toBeVisible();
  });
});

test.describe('delete all data on this device', () => {
  test('names what will go, suggests exporting, and after confirming leaves an empty app', async ({ page }) => {
    await createAssessment(page, 'Birth registration');
    await createAssessment(page, 'Death registration');
    await page.evaluate(() => localStorage.setItem('tessera.language', 'en'));

    await openSettings(page);
    const open = page.getByRole('button', { name: 'Delete all data…' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Delete all data on this device?' });
    await expect(dialog).toContainText('This permanently deletes 2 assessments and everything else Tessera stored in this browser.');
    await expect(dialog).toContainText('export them first');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    await expect(page.getByRole('region', { name: 'Storage on this device' })).toContainText('2 assessments are stored');

    await open.click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Assess a digital public service with your team' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'All Tessera data was deleted from this device.' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('tessera.language'))).toBeNull();

    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('heading', { name: 'Assess a digital public service with your team' })).toBeVisible();
  });

  test('the privacy notice leads there', async ({ page }) => {
    await page.goto('/privacy');
    await waitForApp(page);
    await page.getByRole('link', { name: 'Delete all data on this device' }).click();
    await expect(page).toHaveURL(/\/settings#delete-all$/);
    await expect(page.getByRole('button', { name: 'Delete all data…' })).toBeVisible();
  });
});
