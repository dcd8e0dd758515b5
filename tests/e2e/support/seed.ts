import { expect, type Page } from '@playwright/test';
import { escapeRegExp, type Translate } from './i18n';
import { waitForApp } from './fixtures';

/** The assessment the screen tour works on: enough data that every part of every screen shows. */
export interface Seeded {
  id: string;
  name: string;
}

/** The status bar's "Saved", in the current language. */
export async function expectSavedIn(page: Page, t: Translate): Promise<void> {
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^\\s*✓?\\s*${escapeRegExp(t('save.saved'))}\\s*$`) })
      .first()
  ).toBeVisible();
}

/**
 * Creates an assessment through the UI in the page's current language, then fills it the way a
 * workshop would: a participant, rule 1 rated with a next step and an evidence link, rule 2 "not
 * applicable" with its reason, and one action done.
 */
export async function seedAssessment(page: Page, t: Translate, name = 'Childminder finder'): Promise<Seeded> {
  await page.goto('/');
  await waitForApp(page);
  await page
    .getByRole('button', { name: t('list.create') })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: t('list.createTitle') });
  await dialog.getByLabel(t('details.serviceName')).fill(name);
  await dialog.getByLabel(t('details.organisation')).fill('Municipality of Patras');
  await dialog.getByRole('button', { name: t('list.createSubmit') }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = new URL(page.url()).searchParams.get('id') ?? '';

  await page.getByRole('button', { name: t('details.addParticipant') }).click();
  await page.getByRole('textbox', { name: t('details.participantName', { n: 1 }), exact: true }).fill('Maria Papadopoulou');
  await page.getByLabel(t('details.participantRole', { n: 1 })).fill('Service owner');
  await page.getByLabel(t('details.participantRole', { n: 1 })).blur();
  await expectSavedIn(page, t);

  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  await page
    .getByRole('group', { name: t('rule.ratingLegend', { number: 1 }), exact: true })
    .getByRole('radio', { name: t('rating.largely') })
    .check();
  await page
    .getByRole('group', { name: t('rule.ratingLegend', { number: 2 }), exact: true })
    .getByRole('radio', { name: t('rating.not-applicable') })
    .check();
  await page.getByLabel(t('rule.naReason')).fill('The objective is set by law.');
  await page.getByLabel(t('rule.naReason')).blur();
  await expectSavedIn(page, t);

  const rule1 = page.locator('article#strategy-rule-1');
  await rule1.getByRole('button', { name: t('nextSteps.add') }).click();
  await rule1.getByLabel(t('nextSteps.text', { n: 1 }), { exact: true }).fill('Write the problem statement');
  await rule1.getByLabel(t('nextSteps.owner')).fill('Maria');
  await rule1.getByLabel(t('nextSteps.owner')).blur();
  await rule1.getByLabel(t('evidence.url')).fill('https://example.org/interviews');
  await rule1.getByLabel(t('evidence.label')).fill('Interview notes');
  await rule1.getByRole('button', { name: t('evidence.add') }).click();
  await page.getByRole('checkbox').first().check();
  await expectSavedIn(page, t);
  return { id, name };
}
