/**
 * Finds user-visible text written straight into a Svelte component instead of going through
 * t(): letters in text nodes, and in attributes or props that people read or hear (aria-label,
 * title, placeholder, alt, label, legend…). Whatever sits inside `{…}` is code and is skipped.
 */

/** Words that are the same in every language: the product's name. */
export const allowedWords = ['Tessera'];

/** Attributes and component props whose value is read by people or screen readers. */
const visibleAttributes = [
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'pageTitle'
];

export interface Finding {
  line: number;
  text: string;
}

/** Replaces each `{…}` expression (strings, template literals and nested braces included) by "\u0000". */
export function blankExpressions(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    if (source[i] !== '{') {
      out += source[i++];
      continue;
    }
    let depth = 0;
    let j = i;
    // Tracks JavaScript strings so a brace inside '…', "…" or `…` does not count.
    const quotes: string[] = [];
    for (; j < source.length; j++) {
      const c = source[j];
      const inQuote = quotes[quotes.length - 1];
      if (inQuote && inQuote !== '${') {
        if (c === '\\') j++;
        else if (inQuote === '`' && c === '$' && source[j + 1] === '{') {
          quotes.push('${');
          j++;
        } else if (c === inQuote) quotes.pop();
        continue;
      }
      if (c === "'" || c === '"' || c === '`') quotes.push(c);
      else if (c === '{') depth++;
      else if (c === '}') {
        if (inQuote === '${') quotes.pop();
        else if (--depth === 0) break;
      }
    }
    // Kept: the expression's line breaks, so reported line numbers stay right.
    out += '\u0000' + source.slice(i, j + 1).replace(/[^\n]/g, '');
    i = j + 1;
  }
  return out;
}

/** The markup of a component: no script, style or comments, and no expressions. */
function markupOf(source: string): string {
  let s = source;
  for (const re of [/<script[\s\S]*?<\/script>/g, /<style[\s\S]*?<\/style>/g, /<!--[\s\S]*?-->/g]) {
    s = s.replace(re, (m) => m.replace(/[^\n]/g, ' '));
  }
  return blankExpressions(s);
}

/**
 * True when a piece of text needs translating: it has letters once entities and allowed words
 * are taken out, or a colon, semicolon or question mark, whose spacing differs by language
 * (French puts a narrow no-break space before them), so it belongs inside the translation.
 */
function hasWords(text: string): boolean {
  let rest = text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, ' ');
  for (const word of allowedWords) rest = rest.replaceAll(word, ' ');
  return /[\p{L}:;?]/u.test(rest);
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;
/** The text as a reader would see it in a report, expressions shown as {…}. */
// eslint-disable-next-line no-control-regex -- NUL marks where an expression was
const EXPRESSION_MARK = /\u0000/g;
const shown = (text: string) => text.replace(/\s+/g, ' ').trim().replace(EXPRESSION_MARK, '{…}');

/** Every piece of hard-coded user-visible text in one component's source. */
export function findHardCodedText(source: string): Finding[] {
  const markup = markupOf(source);
  const findings: Finding[] = [];
  const tag = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
  let last = 0;
  const checkText = (from: number, to: number) => {
    const text = markup.slice(from, to);
    if (hasWords(text)) findings.push({ line: lineAt(markup, from + text.search(/\S/)), text: shown(text) });
  };
  for (const m of markup.matchAll(tag)) {
    checkText(last, m.index);
    last = m.index + m[0].length;
    const attribute = new RegExp(`\\s(${visibleAttributes.join('|')})\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>"']+)`, 'g');
    for (const a of m[0].matchAll(attribute)) {
      const value = a[2].replace(/^["']|["']$/g, '');
      if (hasWords(value)) findings.push({ line: lineAt(markup, m.index + a.index), text: `${a[1]}="${shown(value)}"` });
    }
  }
  checkText(last, markup.length);
  return findings;
}
