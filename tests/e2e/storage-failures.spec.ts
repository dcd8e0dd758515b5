import type { Page } from '@playwright/test';
import { clickAndReload, createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { routeStorageCode } from './support/storage-code';
import {
  connectionClosing,
  connectionLost,
  faultSpent,
  installStorageFaults,
  quotaExceeded,
  readStoredAssessment,
  setFault,
  writeFailed
} from './support/storage-faults';

type StoredResponse = { rating?: string; note?: string };
const responses = (a: Record<string, unknown> | undefined) => (a?.responses ?? {}) as Record<string, StoredResponse>;

const notSaved = (page: Page) => page.getByRole('status').filter({ hasText: 'Not saved.' });
const savedShown = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*✓?\s*Saved\s*$/ });
const rating = (page: Page, rule: number, level: string) =>
  page.getByRole('group', { name: `Rating of golden rule ${rule}` }).getByRole('radio', { name: level });

/** An assessment with one saved rating, open on its Strategy stage. */
async function startWithOneSavedRating(page: Page, name: string): Promise<string> {
  await installStorageFaults(page);
  const id = await createAssessment(page, name);
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await rating(page, 1, 'Largely').check();
  await expectSaved(page);
  return id;
}

test.describe('a full disk (QuotaExceededError)', () => {
  test('says so, never says saved, keeps earlier work, and saves every change once space is freed', async ({ page }) => {
    const id = await startWithOneSavedRating(page, 'Building permits');
    await setFault(page, 'write', quotaExceeded);

    await rating(page, 2, 'Partly').check();
    await expect(notSaved(page)).toContainText('This device is out of storage space');
    await expect(savedShown(page)).toHaveCount(0);
    // A second change while the disk is full: it must not push the first one out of the retry.
    const notes = page.getByLabel('Notes').first();
    await notes.fill('Agreed with the legal team.');
    await notes.blur();
    await expect(notSaved(page)).toBeVisible();
    await expect(savedShown(page)).toHaveCount(0);

    // Nothing already stored was lost or changed.
    const during = responses(await readStoredAssessment(page, id));
    expect(during['strategy.rule.1']?.rating).toBe('largely');
    expect(during['strategy.rule.2']).toBeUndefined();

    await setFault(page, 'write', null);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expectSaved(page);
    await expect(notSaved(page)).toHaveCount(0);

    await page.reload();
    await waitForApp(page);
    await expect(rating(page, 1, 'Largely')).toBeChecked();
    await expect(rating(page, 2, 'Partly')).toBeChecked();
    await expect(page.getByLabel('Notes').first()).toHaveValue('Agreed with the legal team.');
  });

  test('creating an assessment on a full disk keeps the dialog and its details, and works once space is freed', async ({ page }) => {
    await installStorageFaults(page);
    await createAssessment(page, 'Existing service');
    await page.getByRole('link', { name: 'Assessments' }).first().click();
    await setFault(page, 'write', quotaExceeded);

    await page.getByRole('button', { name: 'New assessment' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New assessment' });
    await dialog.getByLabel('Service name').fill('Birth certificates');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await expect(dialog.getByRole('alert')).toContainText('The assessment was not created. This device is out of storage space');
    await expect(dialog.getByLabel('Service name')).toHaveValue('Birth certificates');

    await setFault(page, 'write', null);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Birth certificates' })).toBeVisible();
    await page.getByRole('link', { name: 'Assessments' }).first().click();
    await expect(page.getByRole('heading', { name: 'Existing service' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Birth certificates' })).toBeVisible();
  });
});

test('a write that fails for another reason is reported, retried and stored', async ({ page }) => {
  const id = await startWithOneSavedRating(page, 'Library cards');
  await setFault(page, 'write', writeFailed);
  await rating(page, 3, 'Fully').check();
  await expect(notSaved(page)).toContainText('The change could not be written to this device');
  await expect(savedShown(page)).toHaveCount(0);
  expect(responses(await readStoredAssessment(page, id))['strategy.rule.1']?.rating).toBe('largely');

  await setFault(page, 'write', null);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expectSaved(page);
  expect(responses(await readStoredAssessment(page, id))['strategy.rule.3']?.rating).toBe('fully');
});

test.describe('the connection lost after backgrounding', () => {
  test('a write that meets the lost connection reopens it and saves, with nothing for the user to do', async ({ page }) => {
    const id = await startWithOneSavedRating(page, 'Waste collection');
    await setFault(page, 'write', { ...connectionLost, times: 1 });
    await rating(page, 4, 'Partly').check();
    await expectSaved(page);
    expect(await faultSpent(page, 'write')).toBe(true);
    await expect(notSaved(page)).toHaveCount(0);
    const stored = responses(await readStoredAssessment(page, id));
    expect(stored['strategy.rule.4']?.rating).toBe('partly');
    expect(stored['strategy.rule.1']?.rating).toBe('largely');
  });

  test('a connection closed underneath is reopened and the change saved', async ({ page }) => {
    const id = await startWithOneSavedRating(page, 'School enrolment');
    await setFault(page, 'transaction', { ...connectionClosing, times: 1 });
    await rating(page, 5, 'Fully').check();
    await expectSaved(page);
    expect(await faultSpent(page, 'transaction')).toBe(true);
    expect(responses(await readStoredAssessment(page, id))['strategy.rule.5']?.rating).toBe('fully');
  });

  test('when reopening does not help, it says so and "Try again" saves once the storage is back', async ({ page }) => {
    const id = await startWithOneSavedRating(page, 'Tax returns');
    await setFault(page, 'write', connectionLost);
    await rating(page, 6, 'Largely').check();
    await expect(notSaved(page)).toContainText(/The connection to the device.s storage was lost/);
    await expect(savedShown(page)).toHaveCount(0);

    await setFault(page, 'write', null);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expectSaved(page);
    const stored = responses(await readStoredAssessment(page, id));
    expect(stored['strategy.rule.6']?.rating).toBe('largely');
    expect(stored['strategy.rule.1']?.rating).toBe('largely');
  });
});

test.describe('no IndexedDB (private browsing)', () => {
  const pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors.length = 0;
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  test('when the API is missing, the app still works, explains, and refuses to pretend it saved', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto('/');
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    const problem = page.getByRole('alert').filter({ hasText: 'Tessera cannot reach this device’s storage' });
    await expect(problem).toContainText('This browser does not allow Tessera to store data');

    await page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New assessment' });
    await dialog.getByLabel('Service name').fill('Anything');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await expect(dialog.getByRole('alert')).toContainText('This browser does not allow Tessera to store data');
    await expect(savedShown(page)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The rest of the app, which needs no storage, keeps working.
    await page.getByRole('link', { name: 'Method guide' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Method guide' })).toBeVisible();
    await page.goto('/assessment?id=whatever');
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Tessera cannot reach this device’s storage' })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test('when opening the database is refused, the list explains it', async ({ page }) => {
    await page.addInitScript(() => {
      // Firefox's private mode used to fail every open with InvalidStateError.
      IDBFactory.prototype.open = function () {
        const request = { onerror: null, onsuccess: null, onupgradeneeded: null, onblocked: null, error: null } as unknown as IDBOpenDBRequest;
        setTimeout(() => {
          Object.defineProperty(request, 'error', {
            value: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')
          });
          const event = { type: 'error', target: request, preventDefault() {}, stopPropagation() {} };
          (request.onerror as ((e: unknown) => void) | null)?.(event);
        });
        return request;
      };
    });
    await page.goto('/');
    await waitForApp(page);
    // With no database there is nothing to read, so the list welcomes; the first thing stored is
    // refused with the reason, in the dialog and then in the list's save status.
    await expect(page.getByText('Assess a digital public service with your team')).toBeVisible();
    await page.getByRole('button', { name: 'New assessment' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New assessment' });
    await dialog.getByLabel('Service name').fill('Anything');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await expect(dialog.getByRole('alert')).toContainText('This browser does not allow Tessera to store data');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toContainText('This browser does not allow Tessera to store data');
    await expect(page.getByRole('button', { name: 'New assessment' }).first()).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
});

test.describe('the storage code cannot be loaded (the list loads it once it is shown)', () => {
  // The service worker would serve the file from its cache, past the failure this test makes.
  test.use({ serviceWorkers: 'block' });

  test('the list says so instead of "Loading…", and "Try again" loads it', async ({ page }) => {
    // A device with an assessment: on one with nothing stored the list needs no storage code at all (first-page.spec.ts).
    await createAssessment(page, 'Library cards');
    let refuse = true;
    // Dexie's own chunk: dropped as a lost network would drop it.
    await routeStorageCode(page, () => (refuse ? 'drop' : undefined));
    await page.goto('/');
    await waitForApp(page);
    const problem = page.getByRole('alert').filter({ hasText: 'Tessera cannot reach this device’s storage' });
    await expect(problem).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);

    refuse = false;
    await clickAndReload(page, problem.getByRole('button', { name: 'Try again' }));
    // The storage code did load this time: the assessment is listed, and no error came after.
    await expect(page.getByRole('link', { name: 'Library cards' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
