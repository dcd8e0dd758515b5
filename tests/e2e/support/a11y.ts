import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what EN 301 549 and the issue ask for. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every axe violation on the page as it is now, one readable line per rule and its elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`);
    return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} elements)\n${nodes.join('\n')}`;
  });
}

/** Fails with a readable list of every axe violation, under `label`, e.g. "stage page (el)". */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const report = await axeViolations(page);
  expect(report, `axe violations on ${label}:\n${report.join('\n')}`).toEqual([]);
}

/** Problems with the headings: not exactly one h1, or a level skipped going down (h2 → h4). */
export async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      // Visually hidden headings count: screen readers list them.
      .filter((h) => h.checkVisibility({ visibilityProperty: true }))
      .map((h) => ({ level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)), text: h.textContent?.trim().slice(0, 60) ?? '' }))
  );
  const problems: string[] = [];
  const h1s = levels.filter((h) => h.level === 1);
  if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements: ${h1s.map((h) => h.text).join(' | ')}`);
  if (levels[0]?.level !== 1) problems.push(`the first heading is h${levels[0]?.level} "${levels[0]?.text}", not the h1`);
  for (let i = 1; i < levels.length; i++) {
    if (levels[i].level > levels[i - 1].level + 1) problems.push(`h${levels[i].level} "${levels[i].text}" follows h${levels[i - 1].level}`);
  }
  return problems;
}

/** Problems with the landmarks: Tessera's pages have one banner, navigation, one main and one contentinfo. */
export async function landmarkProblems(page: Page): Promise<string[]> {
  const counts = await page.evaluate(() => {
    // header and footer are banner and contentinfo only when not inside sectioning content or main.
    const top = (tag: string) => [...document.querySelectorAll(tag)].filter((el) => !el.parentElement?.closest('main, article, aside, nav, section')).length;
    return {
      banner: top('header') + document.querySelectorAll('[role="banner"]').length,
      navigation: document.querySelectorAll('nav, [role="navigation"]').length,
      main: document.querySelectorAll('main, [role="main"]').length,
      contentinfo: top('footer') + document.querySelectorAll('[role="contentinfo"]').length
    };
  });
  const problems: string[] = [];
  if (counts.banner !== 1) problems.push(`${counts.banner} banner landmarks`);
  if (counts.navigation < 1) problems.push('no navigation landmark');
  if (counts.main !== 1) problems.push(`${counts.main} main landmarks`);
  if (counts.contentinfo !== 1) problems.push(`${counts.contentinfo} contentinfo landmarks`);
  return problems;
}

/** An element that takes pointer input, too small to hit reliably with a finger. */
export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Every visible interactive element whose hit area is under 44×44 CSS px (WCAG 2.5.5 at AAA,
 * which Tessera holds itself to for tablets). A native radio or checkbox counts with its label,
 * since tapping the label operates it. Excepted, as in WCAG 2.5.8: links inside running text
 * (a link whose paragraph has other text), and elements inside a scrolled container that are
 * only partly in view.
 */
export async function findSmallTargets(page: Page, min = 44): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
    const out: { what: string; width: number; height: number }[] = [];
    const inRunningText = (el: Element) => {
      if (el.tagName !== 'A') return false;
      const block = el.closest('p, li, td, dd');
      if (!block) return false;
      const own = (el.textContent ?? '').trim().length;
      const all = (block.textContent ?? '').trim().length;
      return all - own > 20;
    };
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ opacityProperty: false, visibilityProperty: true })) continue;
      if (el.closest('dialog:not([open]), [inert], .visually-hidden')) continue;
      if (inRunningText(el)) continue;
      let rect = el.getBoundingClientRect();
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
        const label = el.labels?.[0];
        const row = label?.parentElement === el.parentElement ? el.parentElement : label;
        if (row) rect = row.getBoundingClientRect();
      }
      if (rect.width === 0 && rect.height === 0) continue;
      // Round: sub-pixel layout (44 px at 200 % text is 43.99…) is not a real shortfall.
      if (Math.round(rect.width) < min || Math.round(rect.height) < min) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
        out.push({ what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${name}"`, width: Math.round(rect.width), height: Math.round(rect.height) });
      }
    }
    return out;
  }, min);
}

/** How far the page scrolls sideways beyond the viewport (0 when it reflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Elements wider than the viewport: to say which one breaks reflow. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && el.checkVisibility()) {
        // Report the innermost offenders only.
        if (![...el.children].some((c) => c.getBoundingClientRect().right > width + 1)) {
          out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${el.textContent?.trim().slice(0, 40)}" right=${Math.round(r.right)}`);
        }
      }
    }
    return out.slice(0, 10);
  });
}
