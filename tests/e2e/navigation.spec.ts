import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test } from './support/fixtures';
import { horizontalOverflow, overflowingElements } from './support/a11y';
import { languages, translator, useLanguage, type Lang } from './support/i18n';
import { visit } from './support/screens';
import { seedAssessment } from './support/seed';

/*
 * The app's header and an assessment's section navigation leave the first screen to the content:
 * on a tablet either way up and on a phone, in all four languages.
 */
const viewports = [
  { width: 390, height: 844, chrome: 125 },
  { width: 768, height: 1024, chrome: 120 },
  { width: 1024, height: 768, chrome: 120 }
];

/** How the header and the section navigation lay out: their height, and what sits alone on a row. */
async function chromeLayout(page: Page) {
  return page.evaluate(() => {
    const sections = document.querySelector('main nav[aria-label]:not(.pager)')!;
    const visible = (el: Element) => (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().width > 0;
    // Items of each row container, grouped by the row they sit on.
    const alone: string[] = [];
    for (const row of document.querySelectorAll('header .inner, header nav ul, main nav[aria-label]:not(.pager), main nav[aria-label]:not(.pager) .stages')) {
      if (!visible(row) || getComputedStyle(row).position === 'absolute') continue;
      // An item starts a new row when it begins below the bottom of the row before.
      const items = [...row.children].filter(visible).map((el) => ({ el, r: el.getBoundingClientRect() }));
      const rows: string[][] = [];
      let bottom = -Infinity;
      for (const { el, r } of items.sort((a, b) => a.r.top - b.r.top)) {
        if (r.top >= bottom - 1) {
          rows.push([]);
          bottom = r.bottom;
        } else bottom = Math.max(bottom, r.bottom);
        rows.at(-1)!.push(el.textContent?.trim().slice(0, 30) ?? '');
      }
      if (rows.length > 1) for (const names of rows) if (names.length === 1) alone.push(`${names[0]} (in ${row.className || row.tagName})`);
    }
    const targets = [
      ...document.querySelectorAll<HTMLElement>('header a, header button, main nav[aria-label]:not(.pager) a, main nav[aria-label]:not(.pager) button')
    ]
      .filter(visible)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => Math.round(r.width) < 24 || Math.round(r.height) < 24)
      .map(({ el, r }) => `${el.textContent?.trim()} ${Math.round(r.width)}×${Math.round(r.height)}`);
    return { bottom: Math.round(sections.getBoundingClientRect().bottom + scrollY), alone, targets };
  });
}

for (const lang of languages) {
  test(`in ${lang}, the header and the sections take one or two short rows at 390, 768 and 1024 px`, async ({ page }) => {
    test.setTimeout(90_000);
    const t = translator(lang);
    await useLanguage(page, lang);
    const { id } = await seedAssessment(page, t);
    // Each page loads once and is turned through the three sizes: the layout is CSS and follows the viewport.
    for (const path of [`/assessment/stage?id=${id}&stage=implementation`, `/assessment?id=${id}`, `/assessment/results?id=${id}`]) {
      await visit(page, path);
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const where = `${path} at ${viewport.width} px in ${lang}`;
        const layout = await chromeLayout(page);
        expect.soft(layout.bottom, `${where}: header and sections end ${layout.bottom} px down`).toBeLessThanOrEqual(viewport.chrome);
        expect.soft(layout.alone, `${where}: items alone on a wrapped row`).toEqual([]);
        expect.soft(layout.targets, `${where}: targets under 24×24 px`).toEqual([]);
        expect.soft(await horizontalOverflow(page), `${where}: ${(await overflowingElements(page)).join('; ')}`).toBe(0);
      }
    }
  });
}

test('the list under the assessment name is a disclosure: a button, Escape, a list of links, the current page marked', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await createAssessment(page, 'Bus pass renewal');
  const sections = page.getByRole('navigation', { name: 'Sections of Bus pass renewal' });
  const button = sections.getByRole('button', { name: 'Bus pass renewal, other sections' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(sections.getByRole('link', { name: 'Results' })).toBeHidden();
  // The stages stay in view.
  await expect(sections.getByRole('link', { name: '3. Implementation' })).toBeVisible();

  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator('#sections-list');
  await expect(list.getByRole('listitem')).toHaveCount(6);
  await expect(list.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await expect(list.getByRole('link', { name: 'Overview' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(list).toBeHidden();

  // A tap outside only closes it.
  await button.click();
  await page.mouse.click(700, 900);
  await expect(list).toBeHidden();

  await button.click();
  await list.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeFocused();
  await expect(list).toBeHidden();
  await button.click();
  await expect(list.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  await expect(list.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
});

test('below 1024 px the app links fold behind a Menu button that Escape closes', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await visit(page, '/guide');
  const banner = page.getByRole('banner');
  const menu = banner.getByRole('button', { name: 'Menu' });
  await expect(banner.getByRole('link', { name: 'Settings' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(banner.getByRole('link', { name: 'Method guide' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(banner.getByRole('link', { name: 'Settings' })).toBeHidden();
  await menu.click();
  await banner.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();

  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(menu).toBeHidden();
  await expect(banner.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
});

for (const lang of ['el', 'fr'] as Lang[]) {
  test(`on a 390 px phone in ${lang}, workshop mode's rule picker is wide enough to read`, async ({ page }) => {
    const t = translator(lang);
    await page.setViewportSize({ width: 390, height: 844 });
    const id = await createAssessment(page, 'Bus pass renewal');
    await page.evaluate((l) => localStorage.setItem('tessera.language', l), lang);
    await visit(page, `/assessment/workshop?id=${id}`);
    const picker = page.getByRole('combobox', { name: t('workshop:jump') });
    expect((await picker.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    // Previous and Next keep their names.
    await expect(page.getByRole('button', { name: t('workshop:next') })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  });
}

test('a brand-new assessment offers no "Close the workshop" until something is rated', async ({ page }) => {
  const id = await createAssessment(page, 'Bus pass renewal');
  await expect(page.getByRole('heading', { level: 1, name: 'Bus pass renewal' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Workshop mode' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close the workshop' })).toHaveCount(0);

  await visit(page, `/assessment/stage?id=${id}&stage=design`);
  await page.getByRole('group', { name: 'Rating of golden rule 1', exact: true }).getByRole('radio', { name: 'Not started' }).check();
  await expectSaved(page);
  await visit(page, `/assessment?id=${id}`);
  await expect(page.getByRole('button', { name: 'Close the workshop' })).toBeVisible();
});

test('every level colour reads against the page and the tally track: 4.5:1 on white, 3:1 on the track', async ({ page }) => {
  await visit(page, '/');
  const ratios = await page.evaluate(() => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const style = getComputedStyle(document.documentElement);
    const v = (name: string) => style.getPropertyValue(name).trim();
    return ['not-started', 'partly', 'largely', 'fully'].map((level) => ({
      level,
      white: ratio(v(`--level-${level}`), '#ffffff'),
      track: ratio(v(`--level-${level}`), v('--line-soft'))
    }));
  });
  for (const { level, white, track } of ratios) {
    expect(white, `${level} on white`).toBeGreaterThanOrEqual(4.5);
    expect(track, `${level} on the tally track`).toBeGreaterThanOrEqual(3);
  }
  // "Not started" is a level, not the grey of "not rated".
  const notStarted = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--level-not-started').trim());
  expect(notStarted.toLowerCase()).not.toBe('#6b7280');
});
