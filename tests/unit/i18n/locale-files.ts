import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the translation files live, relative to the repository root vitest runs from. */
export const localesDir = join(process.cwd(), 'locales');

/** Namespaces, as the English folder has them (English is the reference every language follows). */
export function namespacesOf(lang = 'en'): string[] {
  return readdirSync(join(localesDir, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** One namespace file as flat `a.b.c` keys; leaves that are not strings are reported as problems. */
export function readFlat(lang: string, ns: string): { values: Map<string, string>; problems: string[] } {
  const values = new Map<string, string>();
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8'));
  } catch (error) {
    return { values, problems: [`${lang}/${ns}.json cannot be read: ${(error as Error).message}`] };
  }
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') values.set(path, node);
    else if (node && typeof node === 'object' && !Array.isArray(node)) {
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    } else problems.push(`${lang}/${ns}.json ${path || '(root)'} is ${Array.isArray(node) ? 'an array' : typeof node}, not text`);
  };
  walk(data, '');
  return { values, problems };
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Splits `count_many` into `count` and `many`; a key without a plural suffix has no category. */
export function splitPlural(key: string): { base: string; category: string | null } {
  const m = pluralSuffix.exec(key);
  return m ? { base: key.slice(0, m.index), category: m[1] } : { base: key, category: null };
}

/** The interpolation variables of a value: `{{count}}` and `{{date, datetime}}` give count and date. */
export function variablesOf(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
}

/** The value with interpolations and web addresses taken out: the words a translator wrote. */
export function proseOf(value: string): string {
  return value.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, ' ');
}
