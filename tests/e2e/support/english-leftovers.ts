import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const localesDir = fileURLToPath(new URL('../../../locales/', import.meta.url));

/** Every string value of one language's files. */
function valuesOf(lang: string): string[] {
  const dir = join(localesDir, lang);
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') out.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return out;
}

/**
 * The English interface texts that must not show up in another language: each English value,
 * cut at its {{placeholders}}, keeping pieces with a real word in them. A piece that the other
 * language also uses (a framework's name such as "Service Design") is not a leftover.
 */
export function englishTextsFor(lang: string): string[] {
  const theirs = valuesOf(lang).join('\n');
  const pieces = valuesOf('en')
    .flatMap((v) => v.split(/\{\{[^}]*\}\}/))
    .map((p) => p.trim().replace(/^[\s:;,.·(]+|[\s:;,.·)]+$/g, ''))
    .filter((p) => /\p{L}{3,}/u.test(p) && p !== 'Tessera' && !theirs.includes(p));
  return [...new Set(pieces)];
}

/** What a person sees or hears on the screen: visible text, accessible labels and the title. */
export async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')).flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '')
    );
    return [document.title, document.body.innerText, ...labels].join('\n');
  });
}

/** The English texts found on the current screen (empty when the screen is fully translated). */
export async function findEnglish(page: Page, english: string[]): Promise<string[]> {
  const text = await screenText(page);
  // Whole words only, so "Score" is not found inside a longer word.
  return english.filter((piece) => new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
}
