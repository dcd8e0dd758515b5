import { t } from '$lib/i18n/i18n.svelte';
import { formatList } from '$lib/i18n/format';
import { normaliseTally, tallySummary } from '$lib/domain/assessment/votes';
import { ratingLevels, type VoteTally } from '$lib/domain/assessment/types';

/** A rule's votes in one sentence for the report and its DOCX, e.g. "5 votes in total: Not started 1, …"; null with none. */
export function votesLine(votes: Partial<VoteTally> | undefined): string | null {
  const tally = normaliseTally(votes);
  const total = tallySummary(tally).total;
  if (total === 0) return null;
  // A list in the reader's language (Intl.ListFormat): a separator such as ";" reads as a question mark in Greek.
  const spread = formatList(ratingLevels.map((l) => `${t(`rating.${l}`)} ${tally[l]}`));
  return t('results:report.votesLine', { total: t('workshop:votes.total', { count: total }), spread });
}
