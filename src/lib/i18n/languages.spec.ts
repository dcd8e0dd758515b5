import { describe, expect, it } from 'vitest';
import { intlLocale, pickLanguage } from './languages';

describe('pickLanguage', () => {
  it.each([
    [['el-GR', 'en-US'], 'el'],
    [['de-DE', 'pt-BR', 'fr'], 'pt'],
    [['fr-CA'], 'fr'],
    [['EL'], 'el'],
    [['de-DE', 'es'], 'en'],
    [[], 'en']
  ])('picks the first supported of %j: %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});

describe('intlLocale', () => {
  it('formats Portuguese the way Portugal does', () => {
    expect(intlLocale('pt')).toBe('pt-PT');
  });
});
