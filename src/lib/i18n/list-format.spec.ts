import { afterAll, describe, expect, it } from 'vitest';
import { changeLanguage, ensureNamespaces, t } from './i18n.svelte';
import { formatList } from './format';
import { listFormatFor } from './intl-cache';

afterAll(() => changeLanguage('en'));

describe('lists read aloud in each language', () => {
  it.each([
    ['en', 'Strategy: 50%, Design: 25% and Overall: not rated yet'],
    ['el', 'Στρατηγική: 50%, Σχεδιασμός: 25% και Συνολικά: εκκρεμεί'],
    ['pt', 'Estratégia: 50%, Desenho: 25% e Global: ainda sem classificação'],
    ['fr', 'Stratégie\u202f: 50\u00a0%, Conception\u202f: 25\u00a0% et Ensemble\u202f: pas encore évalué']
  ] as const)('%s joins the chart description’s parts with its own words', async (lang, expected) => {
    await changeLanguage(lang);
    await ensureNamespaces(['results', 'methodology']);
    const percent = (n: number) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : lang, { style: 'percent' }).format(n / 100);
    const item = (label: string, value: string) => t('results:chart.item', { label, value });
    const parts = [
      item(t('methodology:strategy.title'), percent(50)),
      item(t('methodology:design.title'), percent(25)),
      item(t('score.overall'), t('results:chart.none'))
    ];
    const text = formatList(parts);
    expect(text).toBe(expected);
    // ";" is the Greek question mark: a screen reader would ask a question at every part.
    expect(text).not.toContain(';');
  });

  it('builds one list format per language and options, and reuses it', () => {
    const first = listFormatFor('el-GR', { type: 'conjunction' });
    expect(listFormatFor('el-GR', { type: 'conjunction' })).toBe(first);
    expect(listFormatFor('fr-FR', { type: 'conjunction' })).not.toBe(first);
    expect(first.format(['α', 'β', 'γ'])).toBe('α, β και γ');
  });
});
