import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { expectNoOverflow } from './support/layout-checks';
import { languageNames, tr, type Lang } from './support/translations';
import { shoot } from './support/shots';

const langs = Object.keys(languageNames) as Lang[];

/** The header's language button, whatever the current language is. */
function pickerButton(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: new RegExp(`^(${langs.map((l) => tr(l, 'language.label')).join('|')}) `) });
}

/** Switches language through the header's picker, as a facilitator would. */
async function chooseLanguage(page: Page, lang: Lang) {
  await pickerButton(page).click();
  await page.getByRole('banner').getByRole('button', { name: languageNames[lang], exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Every assessment as stored in IndexedDB, read without going through the app. */
async function storedAssessments(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('tessera');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('assessments').objectStore('assessments').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      })
  );
}

test.describe('the language picker', () => {
  test('names each language in itself, switches the whole interface and behaves as a disclosure', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const toggle = pickerButton(page);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveAccessibleName('Language English');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = page.getByRole('list', { name: 'Language' });
    for (const lang of langs) {
      await expect(list.getByRole('button', { name: languageNames[lang], exact: true })).toHaveAttribute('lang', lang);
    }
    await expect(list.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');

    // Escape closes the list and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();
    await expect(toggle).toBeFocused();

    // Keyboard only: open, Tab to Ελληνικά, choose it.
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(list.getByRole('button', { name: 'Ελληνικά' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'el');
    await expect(page.getByRole('heading', { level: 1, name: 'Αξιολογήσεις' })).toBeVisible();
    await expect(page).toHaveTitle('Αξιολογήσεις · Tessera');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAccessibleName('Γλώσσα Ελληνικά');
    await expect(page.getByRole('navigation', { name: 'Κύρια' }).getByRole('link', { name: 'Ρυθμίσεις' })).toBeVisible();

    // Tabbing out of the open list, or tapping elsewhere, closes it.
    await toggle.click();
    for (let i = 0; i < langs.length + 1; i++) await page.keyboard.press('Tab');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    // A tap elsewhere lands on the list's backdrop, which only closes the list.
    const footer = (await page.getByRole('contentinfo').boundingBox())!;
    await page.mouse.click(footer.x + 5, footer.y + 5);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('settings offers the same choice as radio buttons, each in its own language', async ({ page }) => {
    await page.goto('/settings');
    await waitForApp(page);
    const group = page.getByRole('group', { name: tr('en', 'pages:settings.languageHint') });
    for (const lang of langs) {
      await expect(group.getByText(languageNames[lang], { exact: true })).toHaveAttribute('lang', lang);
    }
    await group.getByRole('radio', { name: 'Português' }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
    await expect(page.getByRole('heading', { level: 1, name: 'Definições' })).toBeVisible();
    await expect(pickerButton(page)).toHaveAccessibleName('Idioma Português');
    await expect(page.getByRole('radio', { name: 'Português' })).toBeChecked();
  });
});

test.describe('the chosen language', () => {
  test('persists across reloads and shows from the first paint, never English first', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await chooseLanguage(page, 'fr');

    // Records, frame by frame while the page boots, whether the page is shown and in which language.
    await page.addInitScript(() => {
      const frames: { visible: boolean; lang: string; h1: string }[] = [];
      (window as unknown as { bootFrames: typeof frames }).bootFrames = frames;
      const record = () => {
        if (document.body) {
          frames.push({
            visible: getComputedStyle(document.body).visibility === 'visible',
            lang: document.documentElement.lang,
            h1: document.querySelector('h1')?.textContent?.trim() ?? ''
          });
        }
        if (document.documentElement.dataset.ready !== 'true') requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.reload();
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Évaluations' })).toBeVisible();

    const frames = await page.evaluate(() => (window as unknown as { bootFrames: { visible: boolean; lang: string; h1: string }[] }).bootFrames);
    expect(frames.length).toBeGreaterThan(0);
    const shownInEnglish = frames.filter((f) => f.visible && (f.lang !== 'fr' || f.h1 === 'Assessments'));
    expect(shownInEnglish).toEqual([]);

    // Another page, opened directly, is in French too.
    await page.goto('/guide');
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Guide de la méthode' })).toBeVisible();
  });

  test('an English page paints from the HTML at once; a Greek one waits for its own language', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    // Without the app's scripts, only the HTML and the gate in its head decide what shows.
    await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
    const bodyVisible = () => page.evaluate(() => getComputedStyle(document.body).visibility === 'visible');

    await page.goto('/guide', { waitUntil: 'domcontentloaded' });
    expect(await bodyVisible()).toBe(true);

    await page.evaluate(() => localStorage.setItem('tessera.language', 'el'));
    await page.goto('/guide', { waitUntil: 'domcontentloaded' });
    expect(await bodyVisible()).toBe(false);
    // Should scripts never run, the English page shows after all rather than stay blank.
    await expect.poll(bodyVisible, { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.ready), 'the app never ran').toBeUndefined();
  });

  test('switching language changes none of the stored data', async ({ page }) => {
    const id = await createAssessment(page, 'Childminder finder', 'Municipality of Patras');
    await page.getByRole('link', { name: '1. Strategy' }).first().click();
    await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' }).check();
    await expectSaved(page);
    const rule = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Golden rule 1\b/ }) });
    await rule.getByLabel('Notes').fill('Parents were interviewed in March.');
    await rule.getByLabel('Notes').blur();
    await expectSaved(page);
    const before = await storedAssessments(page);
    expect(before).toHaveLength(1);

    // Switch on each kind of screen, in every language.
    await chooseLanguage(page, 'el');
    await page.goto(`/assessment?id=${id}`);
    await waitForApp(page);
    await chooseLanguage(page, 'pt');
    await page.goto(`/assessment/results?id=${id}`);
    await waitForApp(page);
    await chooseLanguage(page, 'fr');
    await page.goto('/');
    await waitForApp(page);
    await chooseLanguage(page, 'en');
    await chooseLanguage(page, 'el');

    expect(await storedAssessments(page)).toEqual(before);
    // What the facilitator typed stays as typed, in a Greek interface.
    await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Στρατηγική' })).toBeVisible();
    await expect(page.getByLabel('Σημειώσεις').first()).toHaveValue('Parents were interviewed in March.');
    await expect(page.getByRole('navigation', { name: 'Ενότητες της αξιολόγησης «Childminder finder»' })).toBeVisible();
    expect(await storedAssessments(page)).toEqual(before);
  });
});

test.describe('the first visit', () => {
  const cases: { locale: string; languages?: string[]; expected: Lang; heading: string }[] = [
    { locale: 'el-GR', expected: 'el', heading: 'Αξιολογήσεις' },
    { locale: 'fr-FR', expected: 'fr', heading: 'Évaluations' },
    { locale: 'pt-PT', expected: 'pt', heading: 'Avaliações' },
    { locale: 'de-DE', languages: ['de-DE', 'fr-BE', 'el'], expected: 'fr', heading: 'Évaluations' },
    { locale: 'de-DE', languages: ['de-DE', 'es-ES'], expected: 'en', heading: 'Assessments' }
  ];
  for (const { locale, languages, expected, heading } of cases) {
    test.describe(`on a device set to ${languages?.join(', ') ?? locale}`, () => {
      test.use({ locale });
      test(`opens in ${languageNames[expected]}`, async ({ page }) => {
        if (languages) {
          await page.addInitScript((list) => Object.defineProperty(navigator, 'languages', { get: () => list }), languages);
        }
        await page.goto('/');
        await waitForApp(page);
        await expect(page.locator('html')).toHaveAttribute('lang', expected);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expect(pickerButton(page)).toHaveAccessibleName(`${tr(expected, 'language.label')} ${languageNames[expected]}`);
      });
    });
  }
});

/** The main screens, each with the heading that shows it has loaded. */
function screens(lang: Lang, id: string) {
  return [
    { name: 'list', url: '/', heading: 'Childminder finder', level: 2 },
    { name: 'overview', url: `/assessment?id=${id}`, heading: 'Childminder finder', level: 1 },
    { name: 'stage', url: `/assessment/stage?id=${id}&stage=strategy`, heading: tr(lang, 'methodology:strategy.title'), level: 1 },
    { name: 'results', url: `/assessment/results?id=${id}`, heading: tr(lang, 'results:pageTitle'), level: 1 },
    { name: 'report', url: `/assessment/report?id=${id}`, heading: 'Childminder finder', level: 1 },
    { name: 'history', url: `/assessment/history?id=${id}`, heading: tr(lang, 'tracking:history.title'), level: 1 },
    { name: 'workshop', url: `/assessment/workshop?id=${id}`, heading: tr(lang, 'methodology:strategy.rule.1.text'), level: 1 },
    { name: 'exchange', url: '/exchange', heading: tr(lang, 'exchange:page.title'), level: 1 },
    { name: 'guide', url: '/guide', heading: tr(lang, 'guide.title'), level: 1 },
    { name: 'guide-stage', url: '/guide/implementation', heading: tr(lang, 'methodology:implementation.title'), level: 1 },
    { name: 'settings', url: '/settings', heading: tr(lang, 'pages:settings.title'), level: 1 },
    { name: 'privacy', url: '/privacy', heading: tr(lang, 'pages:privacy.title'), level: 1 },
    { name: 'accessibility', url: '/accessibility', heading: tr(lang, 'pages:accessibility.title'), level: 1 }
  ] as const;
}

const viewports = [
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 }
];

test.describe('every main screen holds its layout', () => {
  for (const lang of langs) {
    test(`in ${languageNames[lang]}, on a tablet and a phone`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      // Content in every part of the stage page: ratings, a "not applicable" reason, a next step, a link, a participant.
      const id = await createAssessment(page, 'Childminder finder', 'Municipality of Patras');
      await page.getByRole('group', { name: 'Participants' }).getByRole('button', { name: 'Add participant' }).click();
      await page.getByLabel('Name of participant 1', { exact: true }).fill('Maria Papadopoulou');
      await page.getByLabel('Role of participant 1', { exact: true }).fill('Head of the citizens’ service centre');
      await page.getByLabel('Role of participant 1', { exact: true }).blur();
      await page.getByRole('link', { name: '1. Strategy' }).first().click();
      await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' }).check();
      await page.getByRole('group', { name: 'Rating of golden rule 2' }).getByRole('radio', { name: 'Not applicable' }).check();
      await page.getByLabel('Why does this rule not apply?').fill('Set by law.');
      const rule = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Golden rule 1\b/ }) });
      await rule.getByRole('button', { name: 'Add next step' }).click();
      await rule.getByLabel('Next step 1', { exact: true }).fill('Write the problem statement');
      await rule.getByLabel('Link (web address)').fill('https://example.org/interviews');
      await rule.getByLabel('Description').fill('Interview notes');
      await rule.getByRole('button', { name: 'Add link' }).click();
      await expectSaved(page);
      if (lang !== 'en') await chooseLanguage(page, lang);

      for (const viewport of viewports) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        for (const screen of screens(lang, id)) {
          await page.goto(screen.url);
          await waitForApp(page);
          await expect(page.getByRole('heading', { level: screen.level, name: screen.heading }).first()).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          // Every screen, workshop mode included, offers the language picker.
          await expect(page.locator('button[aria-controls="language-list"]')).toHaveAccessibleName(`${tr(lang, 'language.label')} ${languageNames[lang]}`);
          // Folded sections are opened, so what they hold is checked too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          await shoot(page, testInfo, 'i18n', `${lang}-${screen.name}-${viewport.width}`);
          await expectNoOverflow(page, `${screen.name} in ${lang} at ${viewport.width}px`, { soft: true });
        }
        // The new-assessment dialog, the longest labels of the list screen.
        await page.goto('/');
        await waitForApp(page);
        await page
          .getByRole('button', { name: tr(lang, 'list.create') })
          .first()
          .click();
        await expect(page.getByRole('dialog', { name: tr(lang, 'list.createTitle') })).toBeVisible();
        await shoot(page, testInfo, 'i18n', `${lang}-create-dialog-${viewport.width}`, { fullPage: false });
        await expectNoOverflow(page, `the new-assessment dialog in ${lang} at ${viewport.width}px`, { soft: true });
      }
    });
  }
});

test('a tap outside the open language list only closes it, and presses nothing under it', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const picker = page.getByRole('banner').getByRole('button', { name: /^Language/ });
  await picker.click();
  const list = page.getByRole('list', { name: 'Language' });
  await expect(list).toBeVisible();
  // The list header's "Import and export" link lies outside the list: the tap lands on the page.
  const link = await page.getByRole('main').getByText('Import and export', { exact: true }).first().boundingBox();
  await page.mouse.click(link!.x + link!.width / 2, link!.y + link!.height / 2);
  await expect(list).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
});
