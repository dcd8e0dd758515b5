import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test } from './support/fixtures';
import { openExchange, pickFile } from './support/exchange';

async function addTag(page: Page, tag: string) {
  await page.getByLabel('New tag').fill(tag);
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  await expectSaved(page);
}

const listedNames = (page: Page) => page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();

/** Imports `count` assessments in one file through the import screen: "Service 000" the oldest, each a minute newer. */
async function importMany(page: Page, count: number) {
  const assessments = Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      serviceName: `Service ${String(i).padStart(3, '0')}`,
      organisation: 'Region of Crete',
      description: '',
      facilitator: '',
      participants: [],
      workshopDate: '2026-11-23',
      methodologyVersion: '2024-11.1',
      tags: [],
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      responses: {},
      actions: {},
      parkingLot: []
    };
  });
  const text = JSON.stringify({
    format: 'tessera-assessment',
    formatVersion: 1,
    exportedAt: '2026-11-23T10:00:00.000Z',
    app: { name: 'Tessera', version: 'test' },
    methodologyVersion: '2024-11.1',
    assessments
  });
  await openExchange(page);
  await pickFile(page, { name: 'many.json', text });
  await page.getByRole('button', { name: `Import ${count} assessments` }).click();
  await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
}

test('a facilitator tags assessments, then finds them by text, tag, status and sorts them', async ({ page }) => {
  await createAssessment(page, 'Parking permits', 'Δήμος Πατρέων');
  await addTag(page, 'transport');
  await addTag(page, 'municipality');
  await createAssessment(page, 'Birth certificates', 'Câmara Municipal de Évora');
  await addTag(page, 'civil status');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Fully' }).check();
  await expectSaved(page);
  await createAssessment(page, 'Άδειες στάθμευσης', 'Municipality of Patras');
  await addTag(page, 'municipality');

  await page.getByRole('link', { name: 'Assessments' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  // The heading is drawn before the list is read: wait for the list, not for a clock.
  await expect.poll(() => listedNames(page)).toEqual(['Άδειες στάθμευσης', 'Birth certificates', 'Parking permits']);
  await expect(page.getByRole('article', { name: 'Parking permits' }).getByRole('list', { name: 'Tags' })).toContainText('transport');

  // Accents and case do not matter.
  await page.getByLabel('Search').fill('δημος');
  await expect.poll(() => listedNames(page)).toEqual(['Parking permits']);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 1 assessment' })).toBeVisible();
  await page.getByLabel('Search').fill('evora');
  await expect.poll(() => listedNames(page)).toEqual(['Birth certificates']);
  await page.getByLabel('Search').fill('nothing like this');
  await expect(page.getByText('No assessment matches your search.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect.poll(() => listedNames(page)).toHaveLength(3);

  await page.getByLabel('Tag', { exact: true }).selectOption('municipality');
  await page.getByLabel('Sort by').selectOption('name');
  await expect.poll(() => listedNames(page)).toEqual(['Parking permits', 'Άδειες στάθμευσης']);

  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByLabel('Status').selectOption('in-progress');
  await expect.poll(() => listedNames(page)).toEqual(['Birth certificates']);
  await page.getByLabel('Status').selectOption('not-started');
  await expect.poll(() => listedNames(page)).toEqual(['Parking permits', 'Άδειες στάθμευσης']);
});

test('a long list shows fifty at a time, with a button for more', async ({ page }) => {
  // 120 assessments arrive in one file, through the import screen.
  await importMany(page, 120);

  // The export picker offers them a page at a time too; "Select all" still takes all 120.
  const picker = page.getByRole('group', { name: 'Assessments to export' });
  await expect(picker.getByRole('checkbox')).toHaveCount(50);
  await expect(picker.getByText('Showing 50 of 120 assessments')).toBeVisible();
  await picker.getByRole('button', { name: 'Select all' }).click();
  await expect(page.getByText('120 assessments selected')).toBeVisible();
  await picker.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(picker.getByRole('checkbox')).toHaveCount(100);
  await expect(picker.getByRole('checkbox', { name: 'Service 020' })).toBeChecked();

  await page.getByRole('link', { name: 'Assessments' }).first().click();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(50);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 of 120 assessments' })).toBeVisible();
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 20 more' }).click();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(120);
  await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
  // Newest first: the last one written leads.
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 }).first()).toHaveText('Service 119');
});

test('a long list shows its newest page while the rest is read, and a search waits for the rest', async ({ page }) => {
  await importMany(page, 120);
  // The next page holds the read of every summary (one getAll on the listings) until the test lets
  // it through, as a slow tablet with thousands of assessments would: the newest page is read on its own.
  await page.addInitScript(() => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    (window as unknown as { releaseWholeList: () => void }).releaseWholeList = release;
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      const request = getAll.apply(this, args);
      if (this.name !== 'listings') return request;
      let handler: ((this: IDBRequest, event: Event) => unknown) | null = null;
      Object.defineProperty(request, 'onsuccess', { configurable: true, get: () => handler, set: (fn) => (handler = fn) });
      request.addEventListener('success', (event) => void held.then(() => handler?.call(request, event)));
      return request;
    };
  });
  await page.goto('/');
  const items = page.getByRole('main').getByRole('article');
  await expect(items).toHaveCount(50);
  await expect(items.getByRole('heading', { level: 2 }).first()).toHaveText('Service 119');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 of 120 assessments' })).toBeVisible();
  await expect(page.locator('main .items')).toHaveAttribute('aria-busy', 'true');
  // The backup reminder is decided from the newest page (none was ever exported, and they are old):
  // it is there already, with every assessment counted, and cannot arrive later above the list.
  await expect(page.getByRole('heading', { name: 'Time to back up your work' })).toBeVisible();
  await expect(page.getByText('120 assessments have never been exported.')).toBeVisible();

  // A search before the rest has been read says it is loading; it never answers from the first page.
  await page.getByLabel('Search').fill('Service 003');
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(items).toHaveCount(0);
  await expect(page.getByText('No assessment matches your search.')).toHaveCount(0);

  await page.evaluate(() => (window as unknown as { releaseWholeList: () => void }).releaseWholeList());
  await expect(items.getByRole('heading', { level: 2 })).toHaveText(['Service 003']);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 1 assessment' })).toBeVisible();
  await expect(page.locator('main .items')).toHaveAttribute('aria-busy', 'false');
});
