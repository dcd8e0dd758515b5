import i18next, { type TFunction } from 'i18next';
import { createSubscriber } from 'svelte/reactivity';
import { defaultLanguage, intlLocale, isLanguage, type Language } from './languages';
import { englishResources, loadResources, namespaces } from './resources';

i18next.init({
  lng: intlLocale(defaultLanguage),
  fallbackLng: defaultLanguage,
  ns: [...namespaces],
  defaultNS: 'common',
  resources: { en: englishResources },
  interpolation: { escapeValue: false }, // Svelte escapes text itself
  returnNull: false,
  initAsync: false
});

// Components re-render when the language changes; i18next itself is not reactive.
const subscribe = createSubscriber((update) => {
  i18next.on('languageChanged', update);
  return () => i18next.off('languageChanged', update);
});

/** Translates a typed key in the current language. */
export const t = ((...args: Parameters<TFunction>) => {
  subscribe();
  return (i18next.t as unknown as (...a: unknown[]) => string)(...args);
}) as TFunction<typeof namespaces>;

/** Translates a key built at run time (e.g. from a methodology id); falls back to English. */
export function tDynamic(key: string, options?: Record<string, unknown>): string {
  subscribe();
  return (i18next.t as (k: string, o?: Record<string, unknown>) => string)(key, options);
}

/** The current language code. */
export function currentLanguage(): Language {
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
  // i18next runs in the full Intl locale, and a language's files are registered under it, because
  // i18next picks plural rules by the code it found the text under: Portugal's Portuguese says
  // "0 avaliações" where Brazil's ("pt") would say "0 avaliação". English, bundled, stays "en".
  const locale = intlLocale(lang);
  if (lang !== defaultLanguage && !i18next.hasResourceBundle(locale, 'common')) {
    const resources = await loadResources(lang);
    for (const [ns, bundle] of Object.entries(resources)) {
      i18next.addResourceBundle(locale, ns, bundle, true, true);
    }
  }
  await i18next.changeLanguage(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
