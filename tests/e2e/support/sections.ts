import type { Page } from '@playwright/test';

/**
 * On an assessment page, opens the list under the assessment's name in its section navigation,
 * where Overview, Results, Report, History and Workshop mode are (the four stages are always in
 * view). Elsewhere it does nothing.
 */
export async function openSections(page: Page): Promise<void> {
  const toggle = page.locator('button[aria-controls="sections-list"]');
  if ((await toggle.count()) === 0) return;
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
