import type { CDPSession, Page } from '@playwright/test';
import { createAssessment, expect, test, waitForApp } from './support/fixtures';
import { languages, translator, useLanguage } from './support/i18n';

const levels = ['not-started', 'partly', 'largely', 'fully'] as const;

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
  ignored?: boolean;
}

/** The radio buttons as Chromium's accessibility tree gives them to a screen reader: name and description. */
async function radiosInTree(cdp: CDPSession): Promise<{ name: string; description: string }[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored && n.role?.value === 'radio').map((n) => ({ name: n.name?.value ?? '', description: n.description?.value ?? '' }));
}

async function openStage(page: Page) {
  await createAssessment(page, 'Childminder finder');
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  await page.goto(`/assessment/stage?id=${encodeURIComponent(id)}&stage=strategy`);
  await waitForApp(page);
}

for (const lang of languages) {
  test(`${lang}: a screen reader hears each level's name, then what it means for the rule`, async ({ page }) => {
    await openStage(page);
    if (lang !== 'en') {
      await useLanguage(page, lang);
      await page.reload();
      await waitForApp(page);
    }
    const t = translator(lang);
    const first = page.getByRole('group', { name: t('rule.ratingLegend', { number: 1 }) });
    await first.getByRole('radio', { name: t('rating.partly'), exact: true }).check();

    const cdp = await page.context().newCDPSession(page);
    const radios = await radiosInTree(cdp);
    // Rule 1's five options come first in the tree: the four levels with their meaning, then "not applicable".
    expect(radios.slice(0, 5)).toEqual([
      ...levels.map((level) => ({ name: t(`rating.${level}`), description: t(`methodology:strategy.rule.1.level.${level}`) })),
      { name: t('rating.not-applicable'), description: t('rating.notApplicableMeaning') }
    ]);
    // Rule 2 describes its own levels, not rule 1's.
    expect(radios[5 + 2]).toEqual({ name: t('rating.largely'), description: t('methodology:strategy.rule.2.level.largely') });
    // The chosen level's name is still just its name: the ✓ drawn beside it is not read.
    await expect(first.getByRole('radio', { checked: true })).toHaveAccessibleName(t('rating.partly'));
  });
}
