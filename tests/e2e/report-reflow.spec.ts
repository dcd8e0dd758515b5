import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './support/fixtures';
import { axeViolations, headingProblems, horizontalOverflow, tabTo } from './support/a11y';
import { findOverflows } from './support/layout-checks';
import { translator } from './support/i18n';
import { importLongReport, openReportIn, type ReportLanguage } from './support/long-report';

/** Boxes that scroll sideways but that a keyboard cannot reach, or that have no name to announce. */
async function unreachableScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const s = getComputedStyle(el).overflowX;
        return (s === 'auto' || s === 'scroll') && el.scrollWidth > el.clientWidth + 1 && el.checkVisibility();
      })
      .filter((el) => el.tabIndex < 0 || el.getAttribute('role') !== 'region' || !el.getAttribute('aria-labelledby'))
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)} "${el.textContent?.trim().slice(0, 40)}"`)
  );
}

async function expectReflow(page: Page, where: string) {
  expect(await findOverflows(page), `${where}: what reaches past the edge or spills out of its box`).toEqual([]);
  expect(await horizontalOverflow(page), `${where}: sideways scroll of the page`).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  expect(await unreachableScrollers(page), `${where}: scrolling boxes without focus and a name`).toEqual([]);
}

for (const lang of ['en', 'el', 'pt', 'fr'] as ReportLanguage[]) {
  test(`the ${lang} report passes axe and reflows at 320 px and at 400 % zoom, long words and all`, async ({ page }) => {
    const { id, photos } = await importLongReport(page, lang);
    await openReportIn(page, id, lang, photos);
    expect(await axeViolations(page), 'axe on the report').toEqual([]);
    expect(await headingProblems(page), 'heading order of the report').toEqual([]);
    // 320 CSS px: a small phone, and a 1280 × 1024 screen zoomed to 400 % (WCAG 1.4.10).
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expectReflow(page, `${lang} at 320 px`);
    await page.setViewportSize({ width: 320, height: 256 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expectReflow(page, `${lang} at 400 %`);
  });
}

test('on a phone the report’s action plan and the Results targets scroll in named boxes the keyboard reaches', async ({ page }) => {
  const t = translator('el');
  const { id, photos } = await importLongReport(page, 'el');
  await page.setViewportSize({ width: 390, height: 844 });
  await openReportIn(page, id, 'el', photos);

  const plan = page.getByRole('region', { name: t('results:report.planCaption') });
  await expect(plan).toBeVisible();
  await plan.scrollIntoViewIfNeeded();
  await tabTo(page, plan, { max: 200 });
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => plan.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/assessment/results?id=${id}`);
  await waitForApp(page);
  for (const caption of [t('target.stageCaption'), t('target.ruleCaption')]) {
    const table = page.getByRole('table', { name: caption });
    await expect(table).toBeVisible();
    // Too wide for 320 px in Greek: each scrolls in its own box, which takes focus and has the table's name.
    await expect(page.getByRole('region', { name: caption })).toHaveAttribute('tabindex', '0');
  }
  await expect.poll(() => unreachableScrollers(page)).toEqual([]);
  await expectReflow(page, 'Results at 320 px');
});
