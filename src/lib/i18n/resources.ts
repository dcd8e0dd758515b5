import common from '$locales/en/common.json';
import methodology from '$locales/en/methodology.json';
import exchange from '$locales/en/exchange.json';
import pages from '$locales/en/pages.json';
import workshop from '$locales/en/workshop.json';
import results from '$locales/en/results.json';
import storage from '$locales/en/storage.json';
import tracking from '$locales/en/tracking.json';

/** English is bundled (it is the fallback and what prerendering writes); the rest load on demand. */
export const englishResources = { common, methodology, exchange, pages, workshop, results, storage, tracking };

export type Namespace = keyof typeof englishResources;
/** All namespaces; the first is the default, the others are addressed as `ns:key`. */
export const namespaces = ['common', 'methodology', 'exchange', 'pages', 'workshop', 'results', 'storage', 'tracking'] as const satisfies readonly Namespace[];

// Vite turns each file into its own chunk; the service worker precaches them all for offline use.
// English is left out: it is bundled above.
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>(['/locales/*/*.json', '!/locales/en/*.json']);

/** Loads one language's files, keyed by namespace. */
export async function loadResources(lang: string): Promise<Record<string, Record<string, unknown>>> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const load = localeFiles[`/locales/${lang}/${ns}.json`];
      if (!load) return [ns, {}] as const;
      return [ns, (await load()).default] as const;
    })
  );
  return Object.fromEntries(entries);
}
