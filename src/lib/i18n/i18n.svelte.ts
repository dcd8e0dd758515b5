import i18next, { type TFunction } from 'i18next';
import { createSubscriber } from 'svelte/reactivity';
import { defaultLanguage, intlLocale, isLanguage, type Language } from './languages';
import { englishFrame, loadNamespace, namespaces, type Namespace } from './resources';
import { numberFormatFor } from './intl-cache';

let initialised = false;

/**
 * Sets i18next up on first use rather than while the first page's script is evaluated: its set-up
 * was a third of that task, and the root layout's load gives it a task of its own
 * (routes/+layout.ts), so no single task of the first visit carries both.
 */
function ready(): void {
  if (initialised) return;
  initialised = true;
  i18next.init({
    lng: intlLocale(defaultLanguage),
    fallbackLng: defaultLanguage,
    ns: [...namespaces],
    defaultNS: 'common',
    resources: { en: englishFrame },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // Svelte escapes text itself
    returnNull: false,
    initAsync: false
  });
  i18next.store.on('added', forgetTranslated);
}

// Components re-render when the language changes; i18next itself is not reactive.
// A namespace arriving later (see ensureNamespaces) re-renders them too.
const subscribe = createSubscriber((update) => {
  ready();
  i18next.on('languageChanged', update);
  i18next.store.on('added', update);
  return () => {
    i18next.off('languageChanged', update);
    i18next.store.off('added', update);
  };
});

/** The namespaces screens have asked for so far; a language switch loads these. */
const inUse = new Set<Namespace>(['common']);

async function addBundles(lang: Language, list: readonly Namespace[]): Promise<void> {
  ready();
  const locale = lang === defaultLanguage ? defaultLanguage : intlLocale(lang);
  const missing = list.filter((ns) => !i18next.hasResourceBundle(locale, ns));
  const bundles = await Promise.all(missing.map((ns) => loadNamespace(lang, ns)));
  missing.forEach((ns, i) => i18next.addResourceBundle(locale, ns, bundles[i], true, true));
}

/**
 * Loads namespaces in the current language and in English (the fallback). Routes await this in
 * their load function, so their first render (and the prerendered HTML) is complete.
 */
export async function ensureNamespaces(list: readonly Namespace[]): Promise<void> {
  for (const ns of list) inUse.add(ns);
  const lang = currentLanguage();
  await Promise.all([addBundles(defaultLanguage, list), lang === defaultLanguage ? null : addBundles(lang, list)]);
}

/** A key's namespace and its path in it: `ns:path`, or a path in the default namespace, `common`. */
function splitKey(key: string): { ns: string; path: string } {
  const colon = key.indexOf(':');
  return colon === -1 ? { ns: 'common', path: key } : { ns: key.slice(0, colon), path: key.slice(colon + 1) };
}

// Safety net: a component whose route forgot to ask for its namespace still gets it (after a frame).
function ensureFor(key: unknown): void {
  if (typeof key !== 'string') return;
  const ns = splitKey(key).ns as Namespace;
  if (inUse.has(ns) || !(namespaces as readonly string[]).includes(ns)) return;
  // Browser tests fail on this warning: every route must ask for its namespaces in its load.
  console.warn(`[tessera i18n] the route did not load "${ns}" (needed for ${key}); its texts show a frame late`);
  void ensureNamespaces([ns]);
}

/**
 * The options with every number written the language's way (1,000 · 1.000 · 1 000) for the text,
 * through i18next's `replace`; `count` itself stays a number, so it still picks the plural form.
 */
function withLocalNumbers(options: unknown): unknown {
  if (!options || typeof options !== 'object') return options;
  const values = options as Record<string, unknown>;
  if (!Object.values(values).some((value) => typeof value === 'number')) return options;
  const locale = i18next.language ?? defaultLanguage;
  const format = numberFormatFor(locale);
  const replace: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) replace[key] = typeof value === 'number' && Number.isFinite(value) ? format.format(value) : value;
  return { ...values, replace };
}

/**
 * Texts already translated, by key and options, in the current language: i18next resolves each
 * call anew (namespaces, plurals, interpolation), which was a quarter of drawing the list's first
 * fifty cards. Emptied when the language changes or texts arrive; kept small.
 */
const translated = new Map<string, string>();
function forgetTranslated(): void {
  translated.clear();
}
i18next.on('languageChanged', forgetTranslated);
const TRANSLATED_MAX = 2000;

/** A key for the call, or null when an option is not a plain value (then it is not kept). */
function callKey(key: unknown, options: unknown): string | null {
  if (typeof key !== 'string') return null;
  if (options === undefined) return key;
  if (!options || typeof options !== 'object' || Array.isArray(options)) return null;
  for (const value of Object.values(options)) if (value !== null && typeof value === 'object') return null;
  return `${key}\u0000${JSON.stringify(options)}`;
}

/**
 * A text asked for without options, read straight from the store when it needs nothing of
 * i18next's (no interpolation, no nesting): the first language that has it, as i18next would look
 * (the current locale, its language, then English). Most of the app's texts are such; i18next's own
 * resolution of each was a fifth of the first page's hydration. Undefined sends the key to i18next.
 */
function plainText(key: string): string | undefined {
  const { ns, path } = splitKey(key);
  for (const lng of i18next.languages ?? []) {
    const text: unknown = i18next.getResource(lng, ns, path);
    if (text === undefined || text === null) continue;
    return typeof text === 'string' && !text.includes('{{') && !text.includes('$t(') ? text : undefined;
  }
  return undefined;
}

/** Translates a typed key in the current language. */
export const t = ((...args: Parameters<TFunction>) => {
  ready();
  subscribe();
  ensureFor(args[0]);
  const [key, ...rest] = args as unknown[];
  const memo = rest.length <= 1 ? callKey(key, rest[0]) : null;
  const known = memo === null ? undefined : translated.get(memo);
  if (known !== undefined) return known;
  const text =
    (memo === key ? plainText(key as string) : undefined) ?? (i18next.t as unknown as (...a: unknown[]) => string)(key, ...rest.map(withLocalNumbers));
  if (memo !== null && typeof text === 'string') {
    if (translated.size >= TRANSLATED_MAX) translated.clear();
    translated.set(memo, text);
  }
  return text;
}) as TFunction<typeof namespaces>;

/** Translates a key built at run time (e.g. from a methodology id); falls back to English. */
export function tDynamic(key: string, options?: Record<string, unknown>): string {
  ready();
  subscribe();
  ensureFor(key);
  return (i18next.t as (k: string, o?: unknown) => string)(key, withLocalNumbers(options));
}

/** The current language code. */
export function currentLanguage(): Language {
  ready();
  subscribe();
  const lang = i18next.language?.split('-')[0];
  return isLanguage(lang) ? lang : defaultLanguage;
}

/** The current Intl locale, e.g. el-GR. */
export function currentLocale(): string {
  return intlLocale(currentLanguage());
}

/** Loads a language if needed, then switches to it; <html lang> follows. */
export async function changeLanguage(lang: Language): Promise<void> {
  ready();
  // i18next runs in the full Intl locale, and a language's files are registered under it, because
  // i18next picks plural rules by the code it found the text under: Portugal's Portuguese says
  // "0 avaliações" where Brazil's ("pt") would say "0 avaliação". English, bundled, stays "en".
  const locale = intlLocale(lang);
  if (lang !== defaultLanguage) await addBundles(lang, [...inUse]);
  await i18next.changeLanguage(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
