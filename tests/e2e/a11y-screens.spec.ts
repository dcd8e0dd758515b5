import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import {
  axeViolations,
  findSmallTargets,
  wordingRules,
  headingProblems,
  horizontalOverflow,
  landmarkProblems,
  overflowingElements,
  sidewaysScrollers
} from './support/a11y';
import { languages, translator, useLanguage } from './support/i18n';
import { findOverflows } from './support/layout-checks';
import { installWriteFailureSwitch, screens, type ScreenContext } from './support/screens';
import { seedAssessment } from './support/seed';
import { shoot } from './support/shots';
import { languageNames } from './support/translations';

/*
 * The screen tour: every screen and dialog in the registry (support/screens.ts), in all four
 * languages, checked for axe violations (WCAG 2.2 A/AA tags: all of them in English; in Greek,
 * Portuguese and French those the words can change, `wordingRules`), one h1 and a sound heading order,
 * landmarks, a title that names the page, 44×44 px touch targets and reflow at 320 CSS px.
 * It is also the layout check of the translations: on every screen, with folded sections opened,
 * nothing reaches past the edge or spills out of its box at 1024 px nor at 320 px, the page says
 * its language, and the language picker is there. With SHOTS set it takes each screen's picture.
 * One page per language walks the screens in order; soft assertions report every problem at once.
 */
const wide = { width: 1024, height: 768 };
const smallTargets = async (page: Page) => (await findSmallTargets(page)).map((s) => `${s.what} is ${s.width}×${s.height}`);
const narrow = { width: 320, height: 640 };

/** What overflows on the screen with every folded section open, as a reader may open them; they are folded back after. */
async function overflowsUnfolded(page: Page): Promise<string[]> {
  await page.evaluate(() =>
    document.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((d) => {
      d.open = true;
      d.dataset.tourOpened = '';
    })
  );
  const found = await findOverflows(page);
  await page.evaluate(() =>
    document.querySelectorAll<HTMLDetailsElement>('details[data-tour-opened]').forEach((d) => {
      d.open = false;
      delete d.dataset.tourOpened;
    })
  );
  return found.map((o) => `${o.element} "${o.text}": ${o.problem}`);
}

for (const lang of languages) {
  test(`every screen is accessible in ${lang}`, async ({ page }, testInfo) => {
    // Sixteen screens with axe each: generous, as the machine running it may be busy.
    test.setTimeout(480_000);
    const t = translator(lang);
    // The markup and the CSS are the same in every language: English runs every rule once.
    const rules = lang === 'en' ? undefined : wordingRules;
    await useLanguage(page, lang);
    await installWriteFailureSwitch(page);
    const ctx: ScreenContext = { page, lang, t, seeded: { id: '', name: '' } };
    const ordered = [...screens.filter((s) => s.emptyDevice), ...screens.filter((s) => !s.emptyDevice)];

    for (const screen of ordered) {
      if (!screen.emptyDevice && !ctx.seeded.id) ctx.seeded = await seedAssessment(page, t);
      const label = `${screen.name} (${lang})`;
      const started = Date.now();
      await test.step(label, async () => {
        await page.setViewportSize(wide);
        await screen.open(ctx);
        expect.soft(await axeViolations(page, { targetSizeWithin: screen.targetSizeWithin, rules }), `axe on ${label}`).toEqual([]);
        if (!screen.overlay) {
          expect.soft(await headingProblems(page), `headings on ${label}`).toEqual([]);
          expect.soft(await landmarkProblems(page, { bare: screen.bare }), `landmarks on ${label}`).toEqual([]);
          const name = screen.title?.(ctx) ?? (await page.locator('main h1').innerText()).trim();
          expect.soft(await page.title(), `the title of ${label} names the page`).toContain(name);
          expect.soft(await page.locator('html').getAttribute('lang'), `the language of ${label}`).toBe(lang);
          // Every screen, workshop mode included, offers the language picker.
          await expect
            .soft(page.locator('button[aria-controls="language-list"]'), `the language picker on ${label}`)
            .toHaveAccessibleName(`${t('language.label')} ${languageNames[lang]}`);
        }
        expect.soft(await smallTargets(page), `touch targets under 44×44 px on ${label}`).toEqual([]);
        expect.soft(await overflowsUnfolded(page), `what overflows at 1024 px on ${label}`).toEqual([]);
        await shoot(page, testInfo, 'screens', `${lang}-${screen.name}-1024`, { fullPage: !screen.overlay });

        await page.setViewportSize(narrow);
        await page.evaluate(() => new Promise(requestAnimationFrame));
        expect.soft(await overflowsUnfolded(page), `what overflows at 320 px on ${label}`).toEqual([]);
        await shoot(page, testInfo, 'screens', `${lang}-${screen.name}-320`, { fullPage: !screen.overlay });
        const overflow = await horizontalOverflow(page);
        expect.soft(overflow, `horizontal scroll at 320 px on ${label}: ${(await overflowingElements(page)).join('; ')}`).toBe(0);
        // A data table may scroll in its own focusable box (WCAG 1.4.10 exempts data tables); nothing else may.
        expect.soft(await sidewaysScrollers(page, { allowTables: true }), `boxes scrolling sideways at 320 px on ${label}`).toEqual([]);
        expect.soft(await smallTargets(page), `touch targets under 44×44 px at 320 px on ${label}`).toEqual([]);
        await page.setViewportSize(wide);
        await screen.close?.(ctx);
      });
      console.log(label, Date.now() - started);
    }
  });
}
