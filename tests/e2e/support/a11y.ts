import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what EN 301 549 and the issue ask for. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's minified build: less than half the text of the one AxeBuilder sends by default. */
const fromAxeBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeMinified = readFileSync(fromAxeBuilder.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * AxeBuilder sends axe's whole source (1.3 MB) into the page twice on every check, about half a
 * second of the renderer's time each. This one sends the minified source once per document, and
 * gives AxeBuilder an empty statement for its own two sends.
 */
class InPageAxe extends AxeBuilder {
  readonly #page: Page;
  constructor(page: Page) {
    super({ page, axeSource: ';' });
    this.#page = page;
  }
  override async analyze() {
    if (!(await this.#page.evaluate(() => 'axe' in window))) await this.#page.evaluate(axeMinified);
    return super.analyze();
  }
}

/**
 * axe for one page, reporting violations only, with any other of axe's run `options`. Legacy mode runs axe in the page itself: the default
 * mode opens a blank page to assemble each result, which made every check about three times slower.
 * Tessera has no frames, so what legacy mode gives up (cross-origin frames) never applies.
 */
export const axeBuilder = (page: Page, options: Parameters<AxeBuilder['options']>[0] = {}) =>
  new InPageAxe(page).setLegacyMode().options({ resultTypes: ['violations'], ...options });

/**
 * WCAG rules that axe marks experimental, which its tags alone leave out: 2.5.3 Label in Name (a
 * voice-control user says what the button shows; its accessible name must contain it).
 */
const experimentalWcagRules = ['label-content-name-mismatch'];

/** axe with the WCAG 2.0–2.2 A and AA rules, less `skipped`. */
export const wcagAxe = (page: Page, skipped: readonly string[] = []) =>
  axeBuilder(page, {
    runOnly: { type: 'tag', values: wcagTags },
    rules: Object.fromEntries([...experimentalWcagRules.map((id) => [id, { enabled: true }]), ...skipped.map((id) => [id, { enabled: false }])])
  });

/**
 * The WCAG rules whose outcome the words on the screen can change: names and labels (a translation
 * missing, or a name that no longer contains the visible label), the page's title and language,
 * and what the words' length moves (touch targets, boxes that scroll). Roles, ARIA attributes,
 * structure and colours come from the same markup and CSS in every language.
 */
export const wordingRules = [
  'area-alt',
  'aria-command-name',
  'aria-input-field-name',
  'aria-meter-name',
  'aria-progressbar-name',
  'aria-tab-name',
  'aria-toggle-field-name',
  'aria-tooltip-name',
  'button-name',
  'document-title',
  'frame-title',
  'html-has-lang',
  'html-lang-valid',
  'html-xml-lang-mismatch',
  'image-alt',
  'input-button-name',
  'input-image-alt',
  'label',
  'label-content-name-mismatch',
  'link-name',
  'object-alt',
  'role-img-alt',
  'scrollable-region-focusable',
  'select-name',
  'summary-name',
  'svg-img-alt',
  'target-size',
  'valid-lang'
];

/**
 * Every axe violation on the page as it is now, one readable line per rule and its elements: the
 * WCAG 2.0–2.2 A and AA rules, or only `rules`.
 */
export async function axeViolations(page: Page, options: { targetSizeWithin?: string; rules?: readonly string[] } = {}): Promise<string[]> {
  const skipped = options.targetSizeWithin ? ['target-size'] : [];
  const checked = options.rules ? axeBuilder(page).withRules(options.rules.filter((rule) => !skipped.includes(rule))) : wcagAxe(page, skipped);
  const results = await checked.analyze();
  const covered = options.targetSizeWithin ? (await axeBuilder(page).include(options.targetSizeWithin).withRules(['target-size']).analyze()).violations : [];
  return [...results.violations, ...covered].map((v) => {
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

/**
 * Problems with the landmarks: Tessera's pages have one banner, navigation, one main and one
 * contentinfo; a full-screen (`bare`) page has its main and no header or footer.
 */
export async function landmarkProblems(page: Page, { bare = false } = {}): Promise<string[]> {
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
  const chrome = bare ? 0 : 1;
  if (counts.banner !== chrome) problems.push(`${counts.banner} banner landmarks`);
  if (!bare && counts.navigation < 1) problems.push('no navigation landmark');
  if (counts.main !== 1) problems.push(`${counts.main} main landmarks`);
  if (counts.contentinfo !== chrome) problems.push(`${counts.contentinfo} contentinfo landmarks`);
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
          out.push(
            `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${el.textContent?.trim().slice(0, 40)}" right=${Math.round(r.right)}`
          );
        }
      }
    }
    return out.slice(0, 10);
  });
}

/** How the focused element shows its focus. */
export interface FocusIndicator {
  /** The focused element, described for messages. */
  element: string;
  style: string;
  /** Outline width in CSS px (0 when the indicator is a box-shadow only). */
  width: number;
  /** Contrast of the ring against the colour around it (WCAG 1.4.11 asks for 3:1). */
  contrast: number;
  /** The focused element (or the visible part standing in for it) is on screen. */
  inViewport: boolean;
  /** It is entirely covered by something else, such as a fixed bar (WCAG 2.4.11). */
  covered: boolean;
  /** When covered: what lies on top, and where both are, for the failure message. */
  coveredBy: string | null;
}

/**
 * Describes the focus ring of the focused element. A visually hidden native radio or checkbox
 * shows focus on its styled label text, so that is measured instead. Null when nothing has focus.
 */
export async function focusIndicator(page: Page): Promise<FocusIndicator | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body || active === document.documentElement) return null;
    const parse = (c: string): [number, number, number, number] => {
      const srgb = c.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/);
      if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
      const rgb = c.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/);
      if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
      return [0, 0, 0, 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const backgroundBehind = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0.5) return bg;
      }
      return [255, 255, 255, 1];
    };
    // A transparent or visually hidden native control shows its focus on the label beside it.
    const hidden = (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      return Number(getComputedStyle(el).opacity) === 0 || (r.width <= 1 && r.height <= 1);
    };
    const candidates = (hidden(active) ? [active.nextElementSibling, active.parentElement] : [active]).filter(Boolean) as HTMLElement[];
    const shown = candidates.find((el) => {
      const s = getComputedStyle(el);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    });
    const describe = `${active.tagName.toLowerCase()}${active.id ? '#' + active.id : ''} "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const visible = shown ?? candidates[candidates.length - 1];
    const box = visible.getBoundingClientRect();
    const inViewport = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    // Covered when no sample point (centre, and just inside each corner) hits the element itself.
    const inset = Math.min(3, box.width / 2, box.height / 2);
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset]
    ];
    const own = (hit: Element | null) =>
      !!hit && (visible.contains(hit) || active.contains(hit) || hit.contains(active) || (active as HTMLInputElement).labels?.[0]?.contains(hit) === true);
    const covered = inViewport && !points.some(([x, y]) => own(document.elementFromPoint(x, y)));
    const over = covered ? document.elementFromPoint(points[0][0], points[0][1]) : null;
    const overBox = over?.getBoundingClientRect();
    const coveredBy = covered
      ? `${over && overBox ? `${over.tagName.toLowerCase()}.${[...over.classList].join('.')} at ${Math.round(overBox.top)}–${Math.round(overBox.bottom)} px` : 'nothing at its centre'}, ` +
        `the focused one at ${Math.round(box.top)}–${Math.round(box.bottom)} px of ${innerHeight}, scrolled ${Math.round(scrollY)} px, ` +
        `room kept at the bottom ${getComputedStyle(document.documentElement).getPropertyValue('--reserved-bottom') || 'none'}`
      : null;
    if (!shown) return { element: describe, style: 'none', width: 0, contrast: 1, inViewport, covered, coveredBy };
    const s = getComputedStyle(shown);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const color = parse(outline ? s.outlineColor : s.boxShadow);
    // An outline drawn outside the element sits on what is behind it; one drawn inside, on the element.
    const behind = outline && parseFloat(s.outlineOffset) < 0 ? backgroundBehind(shown) : backgroundBehind(shown.parentElement);
    return {
      element: describe,
      style: outline ? s.outlineStyle : 'box-shadow',
      width: outline ? parseFloat(s.outlineWidth) : 0,
      contrast: Math.round(ratio(color, behind) * 100) / 100,
      inViewport,
      covered,
      coveredBy
    };
  });
}

/** Fails unless the focused element shows a ring at least 2 px wide with 3:1 contrast, on screen and not covered. */
export async function expectFocusVisible(page: Page, where: string): Promise<void> {
  expectRingVisible(await focusIndicator(page), where);
}

/** Fails unless this focus indicator is visible, 2 px or more, 3:1 against its background, in view and uncovered. */
export function expectRingVisible(ring: FocusIndicator | null, where: string): void {
  expect(ring, `${where}: something has focus`).not.toBeNull();
  expect(ring!.style, `${where}: ${ring!.element} shows a focus ring`).not.toBe('none');
  if (ring!.style !== 'box-shadow') expect(ring!.width, `${where}: ${ring!.element}'s ring is at least 2 px`).toBeGreaterThanOrEqual(2);
  expect(ring!.contrast, `${where}: ${ring!.element}'s ring contrasts 3:1 with its background`).toBeGreaterThanOrEqual(3);
  expect(ring!.inViewport, `${where}: ${ring!.element} is scrolled into view`).toBe(true);
  expect(ring!.covered, `${where}: ${ring!.element} is not hidden behind something else (${ring!.coveredBy})`).toBe(false);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking at every stop that focus is
 * visible: the keyboard user's view of the way there. Fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page, `Tab stop ${i + 1} on the way to ${target}`);
  }
  throw new Error(`${target} not reached after ${max} presses of Tab`);
}

/**
 * Boxes inside the page that scroll sideways because their content does not fit (a table, a
 * tab row). WCAG 1.4.10 lets a data table scroll in its own box (`allowTables`), provided the
 * box itself takes keyboard focus, so it can be scrolled without a pointer.
 */
export async function sidewaysScrollers(page: Page, { allowTables = false } = {}): Promise<string[]> {
  return page.evaluate(
    (allowTables) =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const s = getComputedStyle(el).overflowX;
          if (!((s === 'auto' || s === 'scroll') && el.scrollWidth > el.clientWidth + 1 && el.checkVisibility())) return false;
          return !(allowTables && el.querySelector(':scope > table') && el.tabIndex >= 0);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')} scrolls ${el.scrollWidth - el.clientWidth} px`),
    allowTables
  );
}
