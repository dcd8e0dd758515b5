import { methodology } from '../methodology/methodology';
import type { StageId } from '../methodology/types';
import { progressOf, scoreStage } from '../assessment/scoring';
import type { Assessment } from '../assessment/types';

/*
 * The team's portfolio: every service assessed, and for each of the four stages its score and how
 * far the team got. The table is what is read (and what the CSV holds); colours only repeat it.
 */

export interface StageCell {
  /** 0 to 100, or null with nothing rated in the stage. */
  percent: number | null;
  rated: number;
  total: number;
}

export interface PortfolioRow {
  id: string;
  serviceName: string;
  organisation: string;
  tags: string[];
  stages: Record<StageId, StageCell>;
}

export interface PortfolioFilter {
  /** Only assessments with this tag; '' for all. */
  tag: string;
  /** Only assessments of this organisation; '' for all. */
  organisation: string;
}

/** One row per assessment that passes the filter, by service name then organisation. */
export function portfolioRows(list: readonly Assessment[], filter: PortfolioFilter): PortfolioRow[] {
  return list
    .filter((a) => (!filter.tag || a.tags.includes(filter.tag)) && (!filter.organisation || a.organisation === filter.organisation))
    .map((a) => ({
      id: a.id,
      serviceName: a.serviceName,
      organisation: a.organisation,
      tags: [...a.tags],
      stages: Object.fromEntries(
        methodology.stages.map((s) => {
          const progress = progressOf(a, s.id);
          return [s.id, { percent: scoreStage(a, s.id).percent, rated: progress.rated, total: progress.total }];
        })
      ) as Record<StageId, StageCell>
    }))
    .sort((x, y) => x.serviceName.localeCompare(y.serviceName) || x.organisation.localeCompare(y.organisation) || x.id.localeCompare(y.id));
}

/** The tags and organisations to filter by, each once, sorted. */
export function portfolioFacets(list: readonly Assessment[]): { tags: string[]; organisations: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));
  return { tags: sorted(list.flatMap((a) => a.tags)), organisations: sorted(list.map((a) => a.organisation)) };
}

/** A score's band, for the colour that repeats it: none (nothing rated), low (< 40), mid (< 70), high. */
export function scoreBand(percent: number | null): 'none' | 'low' | 'mid' | 'high' {
  if (percent === null) return 'none';
  return percent < 40 ? 'low' : percent < 70 ? 'mid' : 'high';
}

/** The table as CSV rows: a header, then per service its name, organisation and, per stage, score and rules rated. */
export function portfolioTable(
  rows: readonly PortfolioRow[],
  text: { service: string; organisation: string; score: (stage: StageId) => string; rated: (stage: StageId) => string }
): string[][] {
  const stages = methodology.stages.map((s) => s.id);
  return [
    [text.service, text.organisation, ...stages.flatMap((s) => [text.score(s), text.rated(s)])],
    ...rows.map((r) => [
      r.serviceName,
      r.organisation,
      ...stages.flatMap((s) => [r.stages[s].percent === null ? '' : String(r.stages[s].percent), `${r.stages[s].rated}/${r.stages[s].total}`])
    ])
  ];
}
