import type { Locator } from '@playwright/test';
import { createAssessment, expect, test, waitForApp } from './support/fixtures';
import { attachmentsOf, ruleCard } from './support/attachments';

/** The values of a file input's `accept`, one per entry. */
const acceptOf = async (input: Locator) => ((await input.getAttribute('accept')) ?? '').split(',').map((entry) => entry.trim());

test('the photo picker offers the camera and the photo library; the import picker takes files from the iPad’s Files app', async ({ page }) => {
  const id = await createAssessment(page, 'Childminder finder');
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  const photo = attachmentsOf(ruleCard(page, 1)).getByLabel('Take a photo or choose one');
  expect(await acceptOf(photo)).toEqual(['image/*']);
  // `capture` would make an iPad open the camera only, with no way to the photo library.
  await expect(photo).not.toHaveAttribute('capture');

  await page.goto('/exchange');
  await waitForApp(page);
  // iPad's picker greys out .json files unless plain text is accepted too.
  expect(await acceptOf(page.getByLabel('Choose a file'))).toEqual(expect.arrayContaining(['.json', 'application/json', 'text/plain']));
});
