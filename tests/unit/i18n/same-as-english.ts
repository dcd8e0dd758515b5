/**
 * Values a translation may share with English: proper names that no language translates.
 * Anything else that reads the same as English is taken for a string someone forgot to translate.
 */
export const sameAsEnglish: readonly string[] = [
  'ITIL v3',
  'YaSM',
  'FitSM',
  'beta.gouv.fr',
  'démarches-simplifiées.fr',
  // The method's name, and Portugal is spelt the same in Portuguese and French.
  'Mosaico (Portugal)'
];
