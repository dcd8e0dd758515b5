import { readFileSync } from 'node:fs';
import { expect, test, waitForApp } from './support/fixtures';
import { languages, translator } from './support/i18n';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

test('the accessibility statement follows the EU model in all four languages and is reached from every page', async ({ page }) => {
  await page.goto('/guide');
  await waitForApp(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeFocused();

  for (const lang of languages) {
    const t = translator(lang);
    await page.evaluate((l) => localStorage.setItem('tessera.language', l), lang);
    await page.reload();
    await waitForApp(page);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(t('pages:accessibility.title'));
    // The model's sections, in its order.
    await expect(main.getByRole('heading', { level: 2 })).toHaveText(
      ['statusTitle', 'contentTitle', 'preparationTitle', 'feedbackTitle', 'enforcementTitle', 'technicalTitle'].map((k) => t(`pages:accessibility.${k}`))
    );
    await expect(main.getByRole('heading', { level: 3 })).toHaveText(
      ['nonCompliantTitle', 'burdenTitle', 'outOfScopeTitle'].map((k) => t(`pages:accessibility.${k}`))
    );
    // What it applies to, when it was prepared (in the reader's language), and how it was tested.
    await expect(main).toContainText(t('pages:accessibility.scope', { version }));
    const date = new Intl.DateTimeFormat({ en: 'en-GB', el: 'el-GR', pt: 'pt-PT', fr: 'fr-FR' }[lang], { dateStyle: 'long' }).format(
      new Date('2026-11-23T12:00:00')
    );
    await expect(main).toContainText(t('pages:accessibility.prepared', { date }));
    await expect(main.getByRole('listitem')).toHaveCount(5);
    await expect(main).toContainText(t('pages:accessibility.testedLimits'));
    await expect(main).toContainText(t('pages:accessibility.enforcement'));
  }
});
