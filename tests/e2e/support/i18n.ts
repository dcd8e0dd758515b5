import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** The app's four languages, in the order the picker lists them. */
export const languages = ['en', 'el', 'pt', 'fr'] as const;
export type Lang = (typeof languages)[number];

/** A translation function for tests: `t('common:list.create')`, `t('rule.ratingLegend', { number: 1 })`. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const intl: Record<Lang, string> = { en: 'en-GB', el: 'el-GR', pt: 'pt-PT', fr: 'fr-FR' };
const cache = new Map<string, Record<string, unknown>>();

function bundle(lang: Lang, ns: string): Record<string, unknown> {
  const file = fileURLToPath(new URL(`../../../locales/${lang}/${ns}.json`, import.meta.url));
  if (!cache.has(file)) {
    let data: Record<string, unknown> = {};
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      // a namespace a language does not have yet falls back to English, as in the app
    }
    cache.set(file, data);
  }
  return cache.get(file)!;
}

function lookup(lang: Lang, ns: string, path: string): string | undefined {
  let node: unknown = bundle(lang, ns);
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Reads the same locale files the app ships, so tests find controls by their real, translated
 * names in every language, with i18next's fallback to English and its plural suffixes.
 */
export function translator(lang: Lang): Translate {
  const plural = new Intl.PluralRules(intl[lang]);
  return (key, vars = {}) => {
    const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
    const candidates = typeof vars.count === 'number' ? [`${path}_${plural.select(vars.count)}`, `${path}_other`, path] : [path];
    let text: string | undefined;
    for (const l of lang === 'en' ? ['en' as const] : [lang, 'en' as const]) {
      text = candidates.map((c) => lookup(l, ns, c)).find((s) => s !== undefined);
      if (text !== undefined) break;
    }
    if (text === undefined) throw new Error(`No translation for ${key}`);
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}

/** Makes every later page load in this page start in `lang`, as if the user had picked it. */
export async function useLanguage(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript((l) => {
    try {
      if (!sessionStorage.getItem('a11y.languageSet')) {
        localStorage.setItem('tessera.language', l);
        sessionStorage.setItem('a11y.languageSet', '1');
      }
    } catch {
      // storage blocked: the test will fail on the first translated locator
    }
  }, lang);
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
