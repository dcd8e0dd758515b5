/*
 * Finding elements as a person using assistive technology would: by role and accessible name, by
 * label, by text. Runs inside the page (WebDriver has no such locators); the element found is then
 * checked against WebKit's own accessibility tree (WebDriver's "computed role").
 */

/** A role this suite looks for, with the elements that have it natively or by ARIA. */
export const roleSelectors = {
  button: 'button, [role=button], input[type=button], input[type=submit]',
  link: 'a[href], [role=link]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  radio: 'input[type=radio], [role=radio]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  group: 'fieldset, [role=group]',
  dialog: 'dialog, [role=dialog], [role=alertdialog]',
  status: '[role=status], output',
  article: 'article, [role=article]',
  region: 'section[aria-labelledby], section[aria-label], [role=region]',
  navigation: 'nav, [role=navigation]',
  banner: 'body > header, [role=banner], body > * > header',
  img: 'img, [role=img]',
  listitem: 'li, [role=listitem]',
  list: 'ul, ol, [role=list]'
} as const;
export type Role = keyof typeof roleSelectors;

/** A name to match: exact text (whitespace collapsed), or a pattern. */
export type Name = string | RegExp;

export interface Query {
  kind: 'role' | 'label' | 'text';
  selector?: string;
  role?: string;
  name?: { source: string; flags: string } | string;
  level?: number;
}

/** Serialises a name for the page (a RegExp does not cross WebDriver). */
export function nameArg(name: Name | undefined): Query['name'] {
  return name instanceof RegExp ? { source: name.source, flags: name.flags } : name;
}

/**
 * Runs in the page: every visible element under `root` that matches the query. Self-contained,
 * because WebDriver sends its source text to the browser.
 */
export function findInPage(root: Element | null, query: Query): Element[] {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const hidden = (el: Element) => el.closest('[aria-hidden="true"]') !== null;
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
    if (node instanceof HTMLElement && node.hidden) return '';
    if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement) return '';
    if (node instanceof HTMLImageElement) return node.alt;
    return [...node.childNodes].map(textOf).join('');
  };
  const byIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null)
      .map((el) => textOf(el))
      .join(' ');
  const nameOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return squash(byIds(labelledBy));
    const label = el.getAttribute('aria-label');
    if (label) return squash(label);
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
      if (el instanceof HTMLInputElement && (el.type === 'button' || el.type === 'submit')) return squash(el.value);
      return squash([...(el.labels ?? [])].map(textOf).join(' ') || el.getAttribute('title') || el.getAttribute('placeholder') || '');
    }
    if (el instanceof HTMLFieldSetElement) return squash(el.querySelector(':scope > legend')?.textContent ?? '');
    if (el instanceof HTMLImageElement) return squash(el.alt);
    if (/^(SECTION|DIALOG|NAV|ARTICLE|UL|OL|FIELDSET)$/.test(el.tagName) || el.matches('[role=dialog],[role=group],[role=region],[role=status]')) {
      return el.matches('[role=status]') ? squash(textOf(el)) : '';
    }
    return squash(textOf(el));
  };
  const wanted = query.name;
  const matches = (text: string) => {
    if (wanted === undefined) return true;
    if (typeof wanted === 'string') return text === squash(wanted);
    return new RegExp(wanted.source, wanted.flags).test(text);
  };
  const visible = (el: Element) => {
    if (el instanceof HTMLInputElement && el.type === 'file') return true;
    return el.checkVisibility ? el.checkVisibility() : (el as HTMLElement).offsetParent !== null;
  };
  const scope = root ?? document.body;
  if (query.kind === 'text') {
    const all = [...scope.querySelectorAll('*')].filter((el) => !hidden(el) && visible(el) && matches(squash(textOf(el))));
    // The innermost elements only: a paragraph, not every ancestor that contains it.
    return all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
  }
  if (query.kind === 'label') {
    return [...scope.querySelectorAll('input, select, textarea')].filter((el) => !hidden(el) && visible(el) && matches(nameOf(el)));
  }
  const own = query.role;
  return [...scope.querySelectorAll(query.selector ?? '*')].filter((el) => {
    const explicit = el.getAttribute('role');
    if (explicit && explicit !== own && !(own === 'dialog' && explicit === 'alertdialog')) return false;
    if (hidden(el) || !visible(el)) return false;
    if (query.level !== undefined) {
      const level = Number(el.getAttribute('aria-level') ?? el.tagName.slice(1));
      if (level !== query.level) return false;
    }
    return matches(nameOf(el));
  });
}
