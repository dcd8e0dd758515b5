import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const localesDir = fileURLToPath(new URL('../../../locales/', import.meta.url));
const cache = new Map<string, unknown>();

/**
 * A translation straight from the locale files, for locators in any language: `tr('el', 'list.create')`
 * or `tr('fr', 'pages:settings.title')`. Placeholders are filled from `values`.
 */
export function tr(lang: string, key: string, values: Record<string, string | number> = {}): string {
  const [ns, path] = key.includes(':') ? key.split(':') : ['common', key];
  const file = `${lang}/${ns}`;
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(`${localesDir}${file}.json`, 'utf8')));
  let node = cache.get(file);
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No translation ${lang} ${key}`);
  return node.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** The four languages, each with its code and its name in itself, as the picker shows them. */
export const languageNames = { en: 'English', el: 'Ελληνικά', pt: 'Português', fr: 'Français' } as const;
export type Lang = keyof typeof languageNames;
