import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/**
 * Takes a full-page screenshot for people to look at: attached to the test report, and also
 * written to the folder in A11Y_SHOTS (e.g. A11Y_SHOTS=/tmp/shots/a11y) when that is set.
 * Only when A11Y_SHOTS is set, so ordinary runs stay fast.
 */
export async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const folder = process.env.A11Y_SHOTS;
  if (!folder) return;
  const png = await page.screenshot({ fullPage: true });
  await testInfo.attach(name, { body: png, contentType: 'image/png' });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.png`), png);
}
