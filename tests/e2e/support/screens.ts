import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { waitForApp } from './fixtures';
import { escapeRegExp, type Lang, type Translate } from './i18n';
import type { Seeded } from './seed';

/** What a screen's setup gets: the page, its language, and the seeded assessment. */
export interface ScreenContext {
  page: Page;
  lang: Lang;
  t: Translate;
  seeded: Seeded;
}

/**
 * One state of the app to check for accessibility: a page, a dialog over it, an open popup or an
 * error. To cover a new screen, append an entry: `open` brings the page into that state from
 * anywhere (usually with page.goto), `close` undoes what would leak into the next screen.
 */
export interface Screen {
  name: string;
  /** Checked before any data exists (the first-run list). */
  emptyDevice?: boolean;
  /** A dialog or popup over a page: the page-structure checks (one h1, landmarks) are skipped. */
  overlay?: boolean;
  /**
   * A non-modal popup that covers part of the page: while it is open a tap outside only closes it,
   * so the page's targets under it cannot be pressed; their size is checked on the page's own
   * screen, and here only the popup's (this selector).
   */
  targetSizeWithin?: string;
  /** A full-screen page without the app's header and footer (workshop mode): only `main` is expected. */
  bare?: boolean;
  /** What the document title must contain, when not the h1 (workshop mode's h1 is the rule on screen). */
  title?: (ctx: ScreenContext) => string;
  open(ctx: ScreenContext): Promise<void>;
  close?(ctx: ScreenContext): Promise<void>;
}

/** A real export file from tests/fixtures/exchange. */
const exchangeFixture = (name: string) => fileURLToPath(new URL(`../../fixtures/exchange/${name}`, import.meta.url));

/** Opens the import and export page and picks a file in its import section. */
async function pickImportFile({ page }: ScreenContext, name: string): Promise<void> {
  await visit(page, '/exchange');
  await page.locator('input[type="file"]').setInputFiles(exchangeFixture(name));
}

/** Loads a route and waits until it has hydrated and its h1 is there. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForApp(page);
  await expect(page.locator('main h1')).toBeVisible();
}

async function openDialog(page: Page, opener: ReturnType<Page['getByRole']>, title: string): Promise<void> {
  await opener.click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
}

async function closeDialog({ page }: ScreenContext): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/**
 * Makes IndexedDB writes fail on demand, as on a full disk: `setWritesFail(page, true)`.
 * Must be installed before the first page load.
 */
export async function installWriteFailureSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((globalThis as { __failWrites?: boolean }).__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

/** Turns the simulated full disk on or off for the current page. */
export async function setWritesFail(page: Page, fail: boolean): Promise<void> {
  await page.evaluate((f) => ((globalThis as { __failWrites?: boolean }).__failWrites = f), fail);
}

const stageUrl = (s: Seeded) => `/assessment/stage?id=${s.id}&stage=strategy`;

/** Every screen of the app; the axe, structure and reflow tours walk this list in each language. */
export const screens: Screen[] = [
  { name: 'list (empty device)', emptyDevice: true, open: ({ page }) => visit(page, '/') },
  {
    // Submitted empty, so its error message is checked too.
    name: 'create dialog',
    emptyDevice: true,
    overlay: true,
    open: async ({ page, t }) => {
      await visit(page, '/');
      await openDialog(page, page.getByRole('button', { name: t('list.create') }).first(), t('list.createTitle'));
      await page
        .getByRole('dialog')
        .getByRole('button', { name: t('list.createSubmit') })
        .click();
      await expect(page.getByText(t('details.serviceNameRequired'))).toBeVisible();
    },
    close: closeDialog
  },
  { name: 'list', open: ({ page }) => visit(page, '/') },
  {
    name: 'language picker open',
    overlay: true,
    targetSizeWithin: '#language-list',
    open: async ({ page, t }) => {
      await visit(page, '/');
      await page
        .getByRole('banner')
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(t('language.label'))}`) })
        .click();
      await expect(page.getByRole('list', { name: t('language.label') })).toBeVisible();
    },
    close: async ({ page }) => {
      await page.keyboard.press('Escape');
    }
  },
  {
    name: 'rename dialog',
    overlay: true,
    open: async ({ page, t, seeded }) => {
      await visit(page, '/');
      const opener = page.getByRole('button', { name: t('action.named', { action: t('action.rename'), name: seeded.name }) });
      await openDialog(page, opener, t('list.renameTitle'));
    },
    close: closeDialog
  },
  {
    name: 'delete confirmation',
    overlay: true,
    open: async ({ page, t, seeded }) => {
      await visit(page, '/');
      const opener = page.getByRole('button', { name: t('action.named', { action: t('action.delete'), name: seeded.name }) });
      await openDialog(page, opener, t('list.deleteTitle'));
    },
    close: closeDialog
  },
  { name: 'overview', open: ({ page, seeded }) => visit(page, `/assessment?id=${seeded.id}`) },
  { name: 'stage page', open: ({ page, seeded }) => visit(page, stageUrl(seeded)) },
  {
    name: 'save error',
    open: async ({ page, t, seeded }) => {
      await visit(page, stageUrl(seeded));
      await setWritesFail(page, true);
      await page
        .getByRole('group', { name: t('rule.ratingLegend', { number: 3 }), exact: true })
        .getByRole('radio', { name: t('rating.partly') })
        .check();
      await expect(page.getByRole('button', { name: t('save.retry') })).toBeVisible();
    },
    close: async ({ page }) => {
      await setWritesFail(page, false);
    }
  },
  { name: 'results', open: ({ page, seeded }) => visit(page, `/assessment/results?id=${seeded.id}`) },
  {
    name: 'export dialog',
    overlay: true,
    open: async ({ page, t, seeded }) => {
      await visit(page, `/assessment?id=${seeded.id}`);
      await page
        .getByRole('main')
        .getByRole('button', { name: t('exchange:one.button'), exact: true })
        .click();
      await expect(page.getByRole('dialog', { name: t('exchange:one.title', { name: seeded.name }) })).toBeVisible();
    },
    close: closeDialog
  },
  {
    name: 'workshop mode',
    bare: true,
    title: ({ t, seeded }) => `${t('workshop:pageTitle')} · ${seeded.name}`,
    open: ({ page, seeded }) => visit(page, `/assessment/workshop?id=${seeded.id}`)
  },
  {
    name: 'workshop parking lot',
    overlay: true,
    open: async ({ page, t, seeded }) => {
      await visit(page, `/assessment/workshop?id=${seeded.id}`);
      await page.getByRole('button', { name: t('workshop:parking.open', { count: 0 }) }).click();
      await expect(page.getByRole('dialog', { name: t('workshop:parking.title') })).toBeVisible();
    },
    close: closeDialog
  },
  {
    // The tour's browser has no camera to give: the scan says so and offers the vote buttons.
    name: 'vote card scan, no camera',
    overlay: true,
    open: async ({ page, t, seeded }) => {
      await visit(page, `/assessment/workshop?id=${seeded.id}`);
      await page.getByRole('button', { name: t('workshop:cards.scan') }).click();
      await expect(page.getByRole('dialog', { name: t('workshop:cards.title') }).getByRole('alert')).toBeVisible();
    },
    close: closeDialog
  },
  { name: 'vote cards print view', open: ({ page }) => visit(page, '/vote-cards') },
  { name: 'import and export', open: ({ page }) => visit(page, '/exchange') },
  {
    name: 'import refused',
    open: async (ctx) => {
      await pickImportFile(ctx, 'bad-rating.json');
      await expect(ctx.page.getByRole('heading', { name: ctx.t('exchange:refused.title') })).toBeVisible();
    }
  },
  {
    name: 'import preview',
    open: async (ctx) => {
      await pickImportFile(ctx, 'v1-full.tessera.json');
      await expect(ctx.page.getByRole('heading', { name: ctx.t('exchange:preview.title') })).toBeVisible();
    }
  },
  {
    name: 'import result',
    open: async (ctx) => {
      await pickImportFile(ctx, 'v1-full.tessera.json');
      await ctx.page.getByRole('button', { name: ctx.t('exchange:preview.import', { count: 1 }) }).click();
      await expect(ctx.page.getByRole('heading', { name: ctx.t('exchange:result.title') })).toBeVisible();
    }
  },
  { name: 'history (no snapshots)', open: ({ page, seeded }) => visit(page, `/assessment/history?id=${seeded.id}`) },
  {
    name: 'close workshop dialog',
    overlay: true,
    open: async ({ page, t, seeded }) => {
      await visit(page, `/assessment?id=${seeded.id}`);
      await openDialog(page, page.getByRole('button', { name: t('tracking:close.open') }), t('tracking:close.title'));
    },
    close: closeDialog
  },
  {
    // Closing for real: the confirmation on the overview, and a snapshot for the next two screens.
    name: 'workshop closed',
    open: async ({ page, t, seeded }) => {
      await visit(page, `/assessment?id=${seeded.id}`);
      await openDialog(page, page.getByRole('button', { name: t('tracking:close.open') }), t('tracking:close.title'));
      await page.getByRole('dialog').getByLabel(t('tracking:close.label')).fill('Workshop 1');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: t('tracking:close.confirm') })
        .click();
      await expect(page.getByRole('status').filter({ hasText: t('tracking:close.done', { name: 'Workshop 1' }) })).toBeVisible();
    }
  },
  { name: 'history', open: ({ page, seeded }) => visit(page, `/assessment/history?id=${seeded.id}`) },
  {
    name: 'snapshot',
    open: async ({ page, t, seeded }) => {
      await visit(page, `/assessment/history?id=${seeded.id}`);
      await page
        .getByRole('link', { name: t('tracking:history.open') })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1, name: t('tracking:snapshot.title', { name: 'Workshop 1' }) })).toBeVisible();
    }
  },
  { name: 'assessment not found', open: ({ page }) => visit(page, '/assessment?id=no-such-assessment') },
  { name: 'guide', open: ({ page }) => visit(page, '/guide') },
  { name: 'guide stage', open: ({ page }) => visit(page, '/guide/strategy') },
  { name: 'settings', open: ({ page }) => visit(page, '/settings') },
  { name: 'privacy', open: ({ page }) => visit(page, '/privacy') },
  { name: 'accessibility statement', open: ({ page }) => visit(page, '/accessibility') }
];
