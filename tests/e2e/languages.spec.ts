import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { languageNames, tr, type Lang } from './support/translations';

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
    await expect.poll(bodyVisible).toBe(true);
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
