import { describe, expect, it } from 'vitest';
import { intlLocale, languages, type Language } from '$lib/i18n/languages';
import { namespacesOf, proseOf, readFlat, splitPlural, variablesOf } from './locale-files';
import { properNames, sharedWords } from './same-as-english';

// The guards behind "a Greek, a Portuguese and a French facilitator never meet an English word":
// every locale has every English key, the plural forms its language needs, no empty or
// untranslated values, the same interpolations, and its own typography.

const namespaces = namespacesOf('en');
const codes = languages.map((l) => l.code);
const translations = codes.filter((c) => c !== 'en');

/** The plural categories a language needs, from the same Intl rules i18next uses at run time. */
function categoriesOf(lang: Language): string[] {
  return [...new Intl.PluralRules(intlLocale(lang)).resolvedOptions().pluralCategories].sort();
}

/** A namespace's keys: plain keys, and plural keys grouped by their base with their categories. */
function shapeOf(values: Map<string, string>) {
  const plain = new Set<string>();
  const plurals = new Map<string, string[]>();
  for (const key of values.keys()) {
    const { base, category } = splitPlural(key);
    if (category) plurals.set(base, [...(plurals.get(base) ?? []), category].sort());
    else plain.add(key);
  }
  return { plain, plurals };
}

/** Every [key, value] of a namespace in a language, for table-driven checks. */
function entries(lang: string): [string, string][] {
  return namespaces.flatMap((ns) => [...readFlat(lang, ns).values].map(([k, v]) => [`${ns}:${k}`, v] as [string, string]));
}

const english = new Map(namespaces.map((ns) => [ns, readFlat('en', ns).values]));

describe('English, the reference', () => {
  it.each(namespaces)('%s holds only text, with one and other plural forms', (ns) => {
    const { values, problems } = readFlat('en', ns);
    expect(problems).toEqual([]);
    for (const [base, found] of shapeOf(values).plurals) expect(found, `${ns}:${base}`).toEqual(categoriesOf('en'));
  });
});

describe.each(translations)('%s', (lang) => {
  describe.each(namespaces)('%s', (ns) => {
    const en = english.get(ns)!;
    const { values, problems } = readFlat(lang, ns);
    const enShape = shapeOf(en);
    const shape = shapeOf(values);

    it('holds only text', () => expect(problems).toEqual([]));

    it('has every English key and no other', () => {
      const missing = [...enShape.plain].filter((k) => !shape.plain.has(k));
      const extra = [...shape.plain].filter((k) => !enShape.plain.has(k));
      const missingPlurals = [...enShape.plurals.keys()].filter((k) => !shape.plurals.has(k));
      const extraPlurals = [...shape.plurals.keys()].filter((k) => !enShape.plurals.has(k));
      expect({ missing, extra, missingPlurals, extraPlurals }).toEqual({ missing: [], extra: [], missingPlurals: [], extraPlurals: [] });
    });

    it(`has exactly the plural forms ${lang} needs (${categoriesOf(lang).join(', ')})`, () => {
      for (const [base, found] of shape.plurals) expect(found, `${ns}:${base}`).toEqual(categoriesOf(lang));
    });

    // French and Portuguese pick "many" for whole millions (1 000 000). Tessera writes the count
    // in digits, and in digits both languages say "1 000 000 évaluations", not "d’évaluations": the
    // many form reads as the other form does (language review, December 2026).
    it('says a count of a million as it says any other count in digits', () => {
      const differing = [...shape.plurals.keys()]
        .filter((base) => values.has(`${base}_many`) && values.get(`${base}_many`) !== values.get(`${base}_other`))
        .map((base) => `${ns}:${base}_many = "${values.get(`${base}_many`)}"`);
      expect(differing).toEqual([]);
    });

    it('has no empty values', () => {
      expect([...values].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    });

    it('uses the same interpolation variables as English', () => {
      const wrong: string[] = [];
      for (const [key, value] of values) {
        const { base, category } = splitPlural(key);
        if (category) {
          // A singular form may spell out the number ("Une évaluation") instead of {{count}}.
          const expected = variablesOf(en.get(`${base}_other`) ?? '').filter((v) => v !== 'count');
          const found = variablesOf(value).filter((v) => v !== 'count');
          if (found.join() !== expected.join()) wrong.push(`${key}: {{${found}}} instead of {{${expected}}}`);
        } else if (en.has(key) && variablesOf(value).join() !== variablesOf(en.get(key)!).join()) {
          wrong.push(`${key}: {{${variablesOf(value)}}} instead of {{${variablesOf(en.get(key)!)}}}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('translates every value (only proper names may read as in English)', () => {
      const untranslated = [...values]
        .filter(([key, value]) => {
          const { base, category } = splitPlural(key);
          const source = en.get(key) ?? (category ? en.get(`${base}_other`) : undefined);
          // A pure pattern such as "{{action}}: {{name}}" has no words to translate.
          const hasWords = /\p{L}/u.test(proseOf(value));
          const allowed = properNames.includes(value) || sharedWords.includes(`${lang} ${ns}:${key}`);
          return value === source && hasWords && !allowed;
        })
        .map(([key, value]) => `${key} = "${value}"`);
      expect(untranslated).toEqual([]);
    });
  });
});

/** The keys of a language whose value breaks a rule, with the value, for a readable failure. */
function offenders(lang: string, breaks: (prose: string, value: string) => boolean): string[] {
  return entries(lang)
    .filter(([, value]) => breaks(proseOf(value), value))
    .map(([key, value]) => `${key} = "${value}"`);
}

const greekWords = (prose: string) => prose.match(/[\p{L}\p{M}]+/gu) ?? [];

describe('French typography', () => {
  it('puts a narrow no-break space (U+202F) before : ; ? ! and »', () => {
    expect(offenders('fr', (p) => /(^|[^\u202f])[;?!»]|(^|[^\u202f\d]):/u.test(p))).toEqual([]);
  });
  it('puts a no-break space before % (Intl writes U+00A0, a narrow one is as good)', () => {
    expect(offenders('fr', (p) => /(^|[^\u202f\u00a0])%/u.test(p))).toEqual([]);
  });
  it('puts a narrow no-break space after «', () => {
    expect(offenders('fr', (p) => /«(?!\u202f)/u.test(p))).toEqual([]);
  });
  it('writes apostrophes as ’', () => {
    expect(offenders('fr', (p) => p.includes("'"))).toEqual([]);
  });
});

describe('Greek spelling', () => {
  it('ends words with final sigma ς, never σ', () => {
    expect(offenders('el', (p) => greekWords(p).some((w) => /σ$/u.test(w)))).toEqual([]);
  });
  it('uses ς only at the end of a word', () => {
    expect(offenders('el', (p) => greekWords(p).some((w) => /ς\p{L}/u.test(w)))).toEqual([]);
  });
  it('never mixes Latin look-alike letters into a Greek word', () => {
    // A Latin "o" or "a" typed inside a Greek word breaks search, sorting and speech.
    expect(offenders('el', (p) => greekWords(p).some((w) => /\p{Script=Greek}/u.test(w) && /\p{Script=Latin}/u.test(w)))).toEqual([]);
  });
});

describe('European Portuguese', () => {
  it('uses Portugal’s words, not Brazil’s (utilizador, equipa, ecrã, ficheiro, registo)', () => {
    const brazilian =
      /(?<![\p{L}])(usuári[oa]s?|equipes?|telas?|arquivos?|registros?|registrar|cadastr\p{L}*|celular(es)?|contatos?|deletar|salvar|planilhas?|baixar|econômic\p{L}*|ônibus)(?![\p{L}])/iu;
    expect(offenders('pt', (_p, value) => brazilian.test(value))).toEqual([]);
  });
});

describe('punctuation', () => {
  it.each(codes)('%s writes an ellipsis as … and never leaves a double space', (lang) => {
    expect(offenders(lang, (_p, value) => /\.\.\.|\S {2,}\S/.test(value))).toEqual([]);
  });
});
