/** The languages Tessera speaks, each named in itself for the picker. */
export const languages = [
  { code: 'en', name: 'English', intl: 'en-GB' },
  { code: 'el', name: 'Ελληνικά', intl: 'el-GR' },
  { code: 'pt', name: 'Português', intl: 'pt-PT' },
  { code: 'fr', name: 'Français', intl: 'fr-FR' }
] as const;

export type Language = (typeof languages)[number]['code'];
export const defaultLanguage: Language = 'en';

/** True for one of the four supported language codes. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && languages.some((l) => l.code === value);
}

/** The first of the browser's preferred languages that Tessera speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return defaultLanguage;
}

/** The BCP 47 locale Intl formatters use for a language (Portuguese means Portugal's). */
export function intlLocale(lang: Language): string {
  return languages.find((l) => l.code === lang)?.intl ?? 'en-GB';
}
