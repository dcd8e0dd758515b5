import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/**
 * Takes a screenshot for people to look at, only when SHOTS names a folder (e.g. SHOTS=/tmp/shots):
 * written to SHOTS/<area>/<name>.png and attached to the test report. Ordinary runs take none, so
 * they stay fast; the tests' assertions never depend on a screenshot.
 */
export async function shoot(page: Page, testInfo: TestInfo, area: string, name: string, { fullPage = true } = {}): Promise<void> {
  const root = process.env.SHOTS;
  if (!root) return;
  const png = await page.screenshot({ fullPage });
  await testInfo.attach(name, { body: png, contentType: 'image/png' });
  const folder = join(root, area);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.png`), png);
}
