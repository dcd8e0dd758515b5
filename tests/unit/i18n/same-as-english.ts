/**
 * Translations that may read exactly as in English. Anything else that does is taken for a
 * string someone forgot to translate, so keep both lists short.
 */

/** Proper names, which no language translates. */
export const properNames: readonly string[] = [
  'ITIL v3',
  'YaSM',
  'FitSM',
  'beta.gouv.fr',
  'démarches-simplifiées.fr',
  // The method's name; Portugal is spelt the same in Portuguese and French.
  'Mosaico (Portugal)'
];

/** Words spelt the same in English and one other language, as `lang ns:key`. */
export const sharedWords: readonly string[] = [
  'fr exchange:path.action', // "action {{id}}"
  'fr workshop:timer.minutesOption_one', // "{{count}} minute"
  'fr workshop:timer.minutesOption_many',
  'fr workshop:timer.minutesOption_other'
];
