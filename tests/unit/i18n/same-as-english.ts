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
  'demarches-simplifiees.fr',
  // The method's name; Portugal is spelt the same in Portuguese and French.
  'Mosaico (Portugal)'
];

/** Words spelt the same in English and one other language, as `lang ns:key`. */
export const sharedWords: readonly string[] = [
  'fr exchange:path.action', // "action {{id}}"
  'fr common:nav.menu', // "Menu", as in Portuguese
  'pt common:nav.menu',
  'fr workshop:timer.minutesOption_one', // "{{count}} minute"
  'fr workshop:timer.minutesOption_many',
  'fr workshop:timer.minutesOption_other',
  'fr workshop:votes.count_one', // "{{count}} vote"
  'fr workshop:votes.count_many',
  'fr workshop:votes.count_other',
  // French's word for the score is the English one ("note" would read as a grade, or as the notes).
  'fr common:score.label',
  'fr common:summary.score',
  'fr results:scoresTitle',
  'fr results:confidence.votes', // "Votes"
  'fr results:confidence.votesCount_one', // "{{count}} vote"
  'fr results:confidence.votesCount_many',
  'fr results:confidence.votesCount_other'
];
