import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './support/fixtures';
import { fixtureDir } from './support/exchange';
import { translator, useLanguage, type Lang, type Translate } from './support/i18n';
import { wcagAxe } from './support/a11y';
import { CURRENT_FORMAT_REVISION } from '../../src/lib/domain/exchange/envelope';

/*
 * The conflict review and the parts of the import that lead to it, in Greek, Portuguese and
 * French, and by keyboard: a rating changed here after a file was imported, and changed again in a
 * colleague's later file, is a conflict.
 */

const fixture = async () => JSON.parse(await readFile(`${fixtureDir}v1-full.tessera.json`, 'utf8'));

async function importFile(page: Page, t: Translate, name: string, doc: unknown) {
  await page.goto('/exchange');
  await waitForApp(page);
  await page.getByLabel(t('exchange:import.choose')).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByRole('button', { name: t('exchange:preview.import', { count: 1 }) }).click();
  await expect(page.getByRole('heading', { name: t('exchange:result.title') })).toBeFocused();
}

for (const lang of ['el', 'pt', 'fr'] as Lang[]) {
  test(`the conflict review works in ${lang}, by keyboard, and passes axe`, async ({ page }) => {
    const t = translator(lang);
    await useLanguage(page, lang);
    const first = await fixture();
    const [a] = first.assessments;
    await importFile(page, t, 'first.json', first);

    // Changed here since the file came in…
    await page.goto(`/assessment/stage?id=${a.id}&stage=strategy`);
    await waitForApp(page);
    await page
      .getByRole('group', { name: t('rule.ratingLegend', { number: 1 }) })
      .getByRole('radio', { name: t('rating.fully') })
      .check();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: t('save.saved') })
        .first()
    ).toBeVisible();

    // …and in the colleague's later file, to another value.
    const later = structuredClone(first);
    later.assessments[0].responses['strategy.rule.1'] = { ...a.responses['strategy.rule.1'], rating: 'partly', updatedAt: '2026-11-30T10:00:00.000Z' };
    await page.goto('/exchange');
    await waitForApp(page);
    await page
      .getByLabel(t('exchange:import.choose'))
      .setInputFiles({ name: 'later.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(later)) });
    await expect(page.getByText(t('exchange:preview.conflicts', { count: 1 }))).toBeVisible();
    await page.getByRole('button', { name: t('exchange:preview.import', { count: 1 }) }).click();
    await expect(page.getByText(t('exchange:result.conflicts', { count: 1 }))).toBeVisible();

    // To the review by keyboard from the result.
    // The link names the assessment and how many conflicts it has.
    const review = page
      .getByRole('link')
      .filter({ hasText: a.serviceName })
      .filter({ hasText: t('exchange:conflicts.count', { count: 1 }) });
    await review.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: t('exchange:conflicts.title') })).toBeVisible();
    await expect(page.getByRole('region', { name: t('exchange:conflicts.kept') })).toContainText(t('rating.fully'));
    await expect(page.getByRole('region', { name: t('exchange:conflicts.other') })).toContainText(t('rating.partly'));
    await expect(page.getByRole('region', { name: t('exchange:conflicts.other') })).toContainText(
      t('exchange:conflicts.changedIn', { file: 'later.json', date: '' }).split(',')[0]
    );
    const { violations } = await wcagAxe(page).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    await page.getByRole('button', { name: t('exchange:conflicts.keepCurrent') }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(t('exchange:conflicts.none'))).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: t('exchange:conflicts.title') })).toBeFocused();
  });
}

test('a file from a later revision of the format is read, and the preview lists what this version will not keep', async ({ page }) => {
  const t = translator('en');
  const doc = await fixture();
  const file = {
    ...doc,
    formatVersion: 3,
    // One past the revision this build writes.
    formatRevision: CURRENT_FORMAT_REVISION + 1,
    assessments: doc.assessments.map((a: object) => ({ ...a, clocks: { changed: {}, removed: {} }, confidence: 'high' })),
    attachments: [],
    snapshots: []
  };
  await page.goto('/exchange');
  await waitForApp(page);
  await page
    .getByLabel(t('exchange:import.choose'))
    .setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const note = page.getByRole('note', { name: 'This file comes from a newer Tessera' });
  await expect(note).toContainText('assessments[].confidence');
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
});
