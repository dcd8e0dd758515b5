import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's own eslint.config.js, run on small files that are never written to disk.
const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports findings for `code` as if it lived at `filePath`. */
async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const svelteImporting = (from: string) => `<script lang="ts">\n  import { x } from '${from}';\n  console.log(x);\n</script>\n`;
const tsImporting = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

describe('the layer rules', () => {
  // Loading the config and the Svelte and TypeScript parsers takes seconds; the cases then take milliseconds.
  beforeAll(() => eslint.lintText(svelteImporting('$lib/state/clock'), { filePath: 'src/lib/components/Warm.svelte' }), 60_000);

  it.each([
    ['a component importing storage', 'src/lib/components/assessment/Probe.svelte', svelteImporting('$lib/storage/assessments-repository'), /never storage/],
    ['a route importing storage', 'src/routes/probe/+page.svelte', svelteImporting('$lib/storage/db'), /never storage/],
    ['a component importing Dexie', 'src/lib/components/Probe.svelte', svelteImporting('dexie'), /Only src\/lib\/storage imports Dexie/],
    ['state importing Dexie', 'src/lib/state/probe.ts', tsImporting('dexie'), /Only src\/lib\/storage imports Dexie/],
    ['the domain importing storage', 'src/lib/domain/assessment/probe.ts', tsImporting('$lib/storage/db'), /no storage/],
    ['the domain importing storage by a relative path', 'src/lib/domain/assessment/probe.ts', tsImporting('../../storage/db'), /no storage/],
    ['the domain importing state', 'src/lib/domain/assessment/probe.ts', tsImporting('$lib/state/save-status.svelte'), /no state/],
    ['the domain importing a component', 'src/lib/domain/assessment/probe.ts', tsImporting('$lib/components/ui/Dialog.svelte'), /no components/],
    ['the domain importing i18n', 'src/lib/domain/assessment/probe.ts', tsImporting('$lib/i18n/i18n.svelte'), /no i18n/],
    ['the domain importing i18next', 'src/lib/domain/assessment/probe.ts', tsImporting('i18next'), /no i18n/],
    ['the domain importing svelte', 'src/lib/domain/assessment/probe.ts', tsImporting('svelte/reactivity'), /no framework/],
    ['the domain importing $app', 'src/lib/domain/assessment/probe.ts', tsImporting('$app/environment'), /no framework/]
  ])('refuses %s', async (_case, filePath, code, message) => {
    const errors = await layerErrors(code, filePath);
    expect(
      errors.some((error) => message.test(error)),
      errors.join('\n')
    ).toBe(true);
  });

  it.each([
    ['a component importing state', 'src/lib/components/Probe.svelte', svelteImporting('$lib/state/save-status.svelte')],
    ['a route importing the domain', 'src/routes/probe/+page.svelte', svelteImporting('$lib/domain/assessment/assessment')],
    ['state importing storage', 'src/lib/state/probe.ts', tsImporting('$lib/storage/db')],
    ['storage importing Dexie', 'src/lib/storage/probe.ts', tsImporting('dexie')]
  ])('allows %s', async (_case, filePath, code) => {
    expect(await layerErrors(code, filePath)).toEqual([]);
  });

  it('refuses {@html} in markup', async () => {
    const [result] = await eslint.lintText('<script lang="ts">\n  let { x }: { x: string } = $props();\n</script>\n<p>{@html x}</p>\n', {
      filePath: 'src/lib/components/Probe.svelte'
    });
    expect(result.messages.map((m) => m.ruleId)).toContain('svelte/no-at-html-tags');
  });
});
