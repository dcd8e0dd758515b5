import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localesDir, proseOf } from './locale-files';

/** One term: its English name, the one rendering a language uses, and the renderings it must not. */
export interface GlossaryTerm {
  en: string;
  term: string;
  banned: string[];
}

export interface Glossary {
  language: string;
  terms: GlossaryTerm[];
}

/** A language's glossary, `locales/glossary/<lang>.json` (data for this test, not an i18next namespace). */
export function readGlossary(lang: string): Glossary {
  return JSON.parse(readFileSync(join(localesDir, 'glossary', `${lang}.json`), 'utf8')) as Glossary;
}

/**
 * Text as the comparison sees it: composed (NFC), and for Greek without its accents, because
 * Greek capitals drop them (ΘΕΜΑΤΑ ΣΕ ΑΝΑΜΟΝΗ is θέματα σε αναμονή). French and Portuguese keep
 * theirs: "note" and "noté" are different words.
 */
export function foldText(text: string, lang: string): string {
  const composed = text.normalize('NFC');
  return lang === 'el' ? composed.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : composed;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds a variant as a whole word or phrase, in any case. JavaScript's \b knows only ASCII letters,
 * so the edges are "no letter, mark or digit next to it" in any script: "app" is not found in
 * "application", nor "φάση" in "φάσης", and an accented letter is a letter.
 */
export function variantPattern(variant: string, lang: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(foldText(variant, lang))}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
}

export interface Offence {
  file: string;
  key: string;
  variant: string;
  term: string;
}

/** Every banned variant found in a file's values (interpolations and web addresses left out). */
export function findBanned(glossary: Glossary, file: string, values: Map<string, string>): Offence[] {
  const lang = glossary.language;
  const checks = glossary.terms.flatMap((t) => t.banned.map((variant) => ({ variant, term: t.term, pattern: variantPattern(variant, lang) })));
  const offences: Offence[] = [];
  for (const [key, value] of values) {
    const text = foldText(proseOf(value), lang);
    for (const { variant, term, pattern } of checks) if (pattern.test(text)) offences.push({ file, key, variant, term });
  }
  return offences;
}

/** An offence as one readable line: where, what was found, and what to write instead. */
export function describeOffence(o: Offence): string {
  return `${o.file} ${o.key}: “${o.variant}” (write “${o.term}”)`;
}
