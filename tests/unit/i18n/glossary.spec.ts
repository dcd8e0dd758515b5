import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { namespacesOf, readFlat } from './locale-files';
import { describeOffence, findBanned, foldText, readGlossary, variantPattern, type Glossary } from './glossary';

// One vocabulary per language: a workshop that reads two screens side by side must meet one name
// for each thing. Each language's glossary (locales/glossary/<lang>.json) gives that name and the
// variants that once crept in; this test keeps them out of every locale file.

const codes = languages.map((l) => l.code);

/** The terms every glossary must cover, by their English name. */
const required = [
  'stage',
  'golden rule',
  'rating',
  'not started',
  'partly',
  'largely',
  'fully',
  'score',
  'next step',
  'evidence',
  'participant',
  'workshop',
  'facilitator',
  'parked point',
  'target',
  'assessment',
  'report',
  'action',
  'evaluation question',
  'method guide',
  'not applicable',
  'vote'
];

describe.each(codes)('%s glossary', (lang) => {
  const glossary = readGlossary(lang);

  it('is this language’s, and covers every required term once', () => {
    expect(glossary.language).toBe(lang);
    const names = glossary.terms.map((t) => t.en);
    expect(required.filter((r) => !names.includes(r))).toEqual([]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('gives each term one rendering that none of its own banned variants matches', () => {
    for (const t of glossary.terms) {
      expect(t.term.trim(), t.en).not.toBe('');
      const clash = t.banned.filter((v) => variantPattern(v, lang).test(foldText(t.term, lang)));
      expect(clash, t.en).toEqual([]);
    }
  });

  it.each(namespacesOf(lang))('%s uses none of the banned variants', (ns) => {
    const offences = findBanned(glossary, `${lang}/${ns}.json`, readFlat(lang, ns).values);
    expect(offences.map(describeOffence)).toEqual([]);
  });
});

describe('the banned-variant finder', () => {
  const glossary = (language: string, term: string, banned: string[]): Glossary => ({ language, terms: [{ en: 'x', term, banned }] });
  const find = (g: Glossary, value: string) => findBanned(g, `${g.language}/results.json`, new Map([['plan.text', value]]));

  it('names the file, the key and the term to use', () => {
    const found = find(glossary('fr', 'suite à donner', ['prochaine étape']), 'Ajouter une prochaine étape');
    expect(found.map(describeOffence)).toEqual(['fr/results.json plan.text: “prochaine étape” (write “suite à donner”)']);
  });

  it.each([
    ['fr', 'prochaine étape', 'Prochaine étape', true],
    ['fr', 'prochaine étape', 'PROCHAINE ÉTAPE', true],
    ['fr', 'app', 'l’app', true],
    ['fr', 'app', 'l’application', false],
    ['fr', 'note', 'noté', false],
    ['el', 'ανοιχτά θέματα', 'ΑΝΟΙΧΤΑ ΘΕΜΑΤΑ', true],
    ['el', 'ανοιχτά θέματα', 'Ανοιχτά θέματα.', true],
    ['el', 'φάση', 'της φάσης', false],
    ['pt', 'workshop', 'Data do workshop', true],
    ['pt', 'workshop', 'workshops', false],
    ['en', 'e.g.', 'What it shows, e.g. a photo', true],
    ['en', 'parking lot', 'Parked points', false]
  ] as const)('%s: “%s” in “%s” is found: %s', (lang, variant, value, expected) => {
    expect(find(glossary(lang, 'x', [variant]), value).length > 0).toBe(expected);
  });

  it('leaves interpolations alone', () => {
    expect(find(glossary('en', 'x', ['count']), '{{count}} votes')).toEqual([]);
  });
});
