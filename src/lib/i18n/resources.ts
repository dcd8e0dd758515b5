import common from '$locales/en/common.json';
import storage from '$locales/en/storage.json';

/**
 * The shape of every namespace, typed from the English files (types only: nothing here is bundled
 * but `common` and `storage`). A key missing in English fails `npm run check`.
 */
export interface EnglishResources {
  common: typeof common;
  methodology: typeof import('$locales/en/methodology.json');
  exchange: typeof import('$locales/en/exchange.json');
  pages: typeof import('$locales/en/pages.json');
  workshop: typeof import('$locales/en/workshop.json');
  results: typeof import('$locales/en/results.json');
  storage: typeof import('$locales/en/storage.json');
  tracking: typeof import('$locales/en/tracking.json');
  team: typeof import('$locales/en/team.json');
}

export type Namespace = keyof EnglishResources;
/** All namespaces; the first is the default, the others are addressed as `ns:key`. */
export const namespaces = [
  'common',
  'methodology',
  'exchange',
  'pages',
  'workshop',
  'results',
  'storage',
  'tracking',
  'team'
] as const satisfies readonly Namespace[];

/**
 * English texts of the app's frame (`common`, and `storage` for its alerts), bundled: every page
 * needs them before its first render, and a separate request would make every first visit wait
 * one more round trip.
 */
export const englishFrame: Partial<Record<Namespace, Record<string, unknown>>> = { common, storage };

// Every other file is its own chunk, loaded when a route needs it (see ensureNamespaces); the
// service worker precaches them all, so they load offline too. The glossaries in locales/glossary/
// are data for a unit test, not namespaces: they must not become chunks.
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  '/locales/*/*.json',
  '!/locales/en/common.json',
  '!/locales/en/storage.json',
  '!/locales/glossary/*.json'
]);

/** Loads one namespace of one language (an empty bundle if the file does not exist). */
export async function loadNamespace(lang: string, ns: Namespace): Promise<Record<string, unknown>> {
  const bundled = lang === 'en' ? englishFrame[ns] : undefined;
  if (bundled) return bundled;
  const load = localeFiles[`/locales/${lang}/${ns}.json`];
  return load ? (await load()).default : {};
}
