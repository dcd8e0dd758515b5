import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedText } from './hard-coded-text';

const root = process.cwd();

/** Every .svelte file under src/. */
function svelteFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

describe('the hard-coded text finder', () => {
  it.each([
    ['<p>Hello</p>', 'Hello'],
    ['<button type="button">Save changes</button>', 'Save changes'],
    ['<h2>{t("a")} and more</h2>', '{…} and more'],
    ['<input aria-label="Search" />', 'aria-label="Search"'],
    ['<img alt="Logo of the ministry" src="x.png" />', 'alt="Logo of the ministry"'],
    ['<input placeholder="Type here" />', 'placeholder="Type here"'],
    ['<a title="Opens {name}">{x}</a>', 'title="Opens {…}"'],
    ['<Dialog title="Delete?" open />', 'title="Delete?"'],
    ['<ProgressBar label="Progress" value={1} max={2} />', 'label="Progress"'],
    ['<p>Ελληνικά κείμενα</p>', 'Ελληνικά κείμενα'],
    ['{#if x}\n  <span>Not translated</span>\n{/if}', 'Not translated'],
    ["<p>{t('score.label')}: {value}</p>", '{…}: {…}']
  ])('finds %s', (source, expected) => {
    expect(findHardCodedText(source).map((f) => f.text)).toEqual([expected]);
  });

  it.each([
    ['<p>{t("list.title")}</p>'],
    ['<p>{t(`nextSteps.statuses.${status}`)}</p>'],
    ["<p>{t('x', { name: '{a}' })} · {n}.</p>"],
    ['<span aria-hidden="true">✓ → ← ›</span>'],
    ['<title>{t("list.title")} · Tessera</title>'],
    ['<span>Tessera</span>'],
    ['<button aria-label={t("action.named", { action: t("action.rename"), name })}>x{"y"}</button>'.replace('x', '')],
    ['<script lang="ts">\n  const label = "Not shown";\n</script>\n<p>{label}</p>'],
    ['<style>\n  p::after { content: "x"; }\n</style>'],
    ['<!-- A comment about Hello -->\n<div class="card" id="a-b" data-state="saved"></div>'],
    ['<a href="{base}/guide?stage={id}">{title}</a>'],
    ['<p>&nbsp;&mdash;</p>']
  ])('lets %s pass', (source) => {
    expect(findHardCodedText(source)).toEqual([]);
  });

  it('reports the line of the finding', () => {
    expect(findHardCodedText('<div>\n  {x}\n  <p>\n    Oops\n  </p>\n</div>')).toEqual([{ line: 4, text: 'Oops' }]);
  });
});

describe('components', () => {
  it.each(svelteFiles().map((f) => [relative(root, f)]))('%s has no hard-coded user-visible text', (file) => {
    const findings = findHardCodedText(readFileSync(join(root, file), 'utf8')).map((f) => `${file}:${f.line} ${f.text}`);
    expect(findings).toEqual([]);
  });
});
