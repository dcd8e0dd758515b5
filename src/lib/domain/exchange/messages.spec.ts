import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exchangeErrorCodes, exchangeErrorDetails, type ErrorPathPart } from './errors';

/* The exchange messages the UI shows: complete in every language and typographically right. */

type Tree = { [key: string]: string | Tree };
const dir = fileURLToPath(new URL('../../../../locales/', import.meta.url));
const load = (lang: string): Tree => JSON.parse(readFileSync(`${dir}${lang}/exchange.json`, 'utf8'));
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`))
    )
  );
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const en = flatten(load('en'));
const languages = ['el', 'pt', 'fr'] as const;
const pathParts: Record<ErrorPathPart['kind'], string> = { assessment: 'n', attachment: 'n', snapshot: 'n', rule: 'id', action: 'id', field: 'name' };

describe('exchange messages', () => {
  it('cover every error code, detail and path part', () => {
    for (const code of exchangeErrorCodes) expect(en).toHaveProperty([`error.${code}`]);
    for (const detail of exchangeErrorDetails) expect(en).toHaveProperty([`error.invalid_${detail}`]);
    // The details parseExport gives an unreadable version.
    for (const detail of ['missing', 'wrong-type']) expect(en).toHaveProperty([`error.bad-version_${detail}`]);
    for (const [kind, variable] of Object.entries(pathParts)) expect(variables(en[`path.${kind}`])).toEqual([variable]);
  });

  it.each(languages)('has the same keys and placeholders in %s as in English', (lang) => {
    const messages = flatten(load(lang));
    // French and Portuguese have a third plural form, _many, that English lacks (tests/unit/i18n checks plural forms).
    const english = (key: string) => en[key] ?? en[key.replace(/_many$/, '_other')];
    expect(
      Object.keys(messages)
        .filter((k) => !k.endsWith('_many'))
        .sort()
    ).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(messages)) expect([key, variables(text)]).toEqual([key, variables(english(key))]);
  });

  it('uses narrow no-break spaces in French before high punctuation and inside guillemets', () => {
    for (const text of Object.values(flatten(load('fr')))) {
      expect(text).not.toMatch(/[^\u202f][:;?!](\s|$)/u);
      expect(text).not.toMatch(/«[^\u202f]|[^\u202f]»/u);
      expect(text).not.toContain("'");
    }
  });

  it('writes Greek with a final sigma at the end of words', () => {
    for (const text of Object.values(flatten(load('el')))) expect(text).not.toMatch(/σ(?!\p{L})/u);
  });
});
