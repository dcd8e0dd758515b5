import i18next from 'i18next';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, currentLanguage, currentLocale, ensureNamespaces, t } from './i18n.svelte';
import { namespaces } from './resources';
import { formatBytes, formatDate, formatDateTime, formatPercent } from './format';

afterAll(() => changeLanguage('en'));

describe('plurals in each language', () => {
  it.each([
    ['en', 0, '0 assessments on this device'],
    ['en', 1, '1 assessment on this device'],
    ['el', 1, '1 αξιολόγηση σε αυτή τη συσκευή'],
    ['el', 3, '3 αξιολογήσεις σε αυτή τη συσκευή'],
    // Portugal's rules: 0 takes the plural (Brazil's would say "0 avaliação").
    ['pt', 0, '0 avaliações neste dispositivo'],
    ['pt', 1, '1 avaliação neste dispositivo'],
    // A round million is CLDR's "many"; written in digits it reads as any other count (no "de").
    ['pt', 1_000_000, '1\u00a0000\u00a0000 avaliações neste dispositivo'],
    // French: 0 and 1 are singular; a round million in digits takes no "d’".
    ['fr', 0, '0 évaluation sur cet appareil'],
    ['fr', 2, '2 évaluations sur cet appareil'],
    ['fr', 1_000_000, '1\u202f000\u202f000 évaluations sur cet appareil'],
    // Numbers are grouped the language's way.
    ['en', 1000, '1,000 assessments on this device'],
    ['el', 1000, '1.000 αξιολογήσεις σε αυτή τη συσκευή'],
    ['fr', 1000, '1\u202f000 évaluations sur cet appareil']
  ] as const)('%s, %d: %s', async (lang, count, expected) => {
    await changeLanguage(lang);
    expect(t('list.count', { count })).toBe(expected);
  });
});

describe('switching language', () => {
  it('loads the language and reports it with its Intl locale', async () => {
    await ensureNamespaces(['methodology']);
    await changeLanguage('pt');
    expect(currentLanguage()).toBe('pt');
    expect(currentLocale()).toBe('pt-PT');
    expect(t('nav.settings')).toBe('Definições');
    expect(t('methodology:strategy.title')).toBe('Estratégia');
  });

  it('formats numbers and dates in the chosen language', async () => {
    await changeLanguage('fr');
    // CLDR puts a no-break space before the per cent sign in French.
    expect(formatPercent(67)).toBe('67\u00a0%');
    expect(formatDate('2026-11-23', 'long')).toBe('23 novembre 2026');
    await changeLanguage('el');
    expect(formatDate('2026-11-23', 'long')).toBe('23 Νοεμβρίου 2026');
  });

  it('gives a time on the 24-hour clock in every language, so a sentence that ends on one has one full stop', async () => {
    for (const lang of ['en', 'el', 'pt', 'fr'] as const) {
      await changeLanguage(lang);
      await ensureNamespaces(['team']);
      const text = t('team:status.lastSynced', { time: formatDateTime('2026-12-03T21:47:00') });
      expect(text, lang).toContain('21:47');
      expect(text, lang).not.toMatch(/\.\.$/);
    }
  });

  it('spells out whole bytes and abbreviates larger units', async () => {
    await changeLanguage('en');
    expect(formatBytes(290)).toBe('290 bytes');
    expect(formatBytes(1536)).toBe('1.5 kB');
    await changeLanguage('fr');
    expect(formatBytes(290)).toMatch(/^290\soctets$/u);
  });
});

describe('texts without options', () => {
  // t() reads a text that needs nothing of i18next straight from its store: it must give exactly
  // what i18next gives, for every key of every namespace, in every language (a key a language
  // lacks falls back to English; a text with {{…}} or $t(…) still goes through i18next).
  const files = import.meta.glob<Record<string, unknown>>('/locales/en/*.json', { eager: true, import: 'default' });
  const keysOf = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key))
      : [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];

  it.each(['en', 'el', 'pt', 'fr'] as const)('in %s, every key reads as i18next reads it', async (lang) => {
    await ensureNamespaces(namespaces);
    await changeLanguage(lang);
    let compared = 0;
    for (const ns of namespaces) {
      for (const key of new Set(keysOf(files[`/locales/en/${ns}.json`]))) {
        const full = ns === 'common' ? key : `${ns}:${key}`;
        expect(t(full as never), full).toBe((i18next.t as (k: string) => string)(full));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('reads a plain text without asking i18next to translate it, and sends a text with a value to i18next', async () => {
    await ensureNamespaces(['methodology']);
    await changeLanguage('el');
    const translate = vi.spyOn(i18next, 't');
    try {
      expect(t('nav.settings')).toBe(i18next.getResource('el-GR', 'common', 'nav.settings'));
      expect(t('methodology:strategy.title')).toBe(i18next.getResource('el-GR', 'methodology', 'strategy.title'));
      expect(translate).not.toHaveBeenCalled();
      t('list.count', { count: 3 });
      expect(translate).toHaveBeenCalledTimes(1);
    } finally {
      translate.mockRestore();
    }
  });
});
