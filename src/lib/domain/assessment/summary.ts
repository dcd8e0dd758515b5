import { methodology } from '../methodology/methodology';
import { searchTextOf } from './finding';
import { progressOf, scoreOf, type Progress } from './scoring';
import type { Assessment, DateOnly, Timestamp } from './types';

/**
 * What the list, the export picker and the backup reminder need of an assessment: a small record
 * kept beside each one (storage/listings.ts), so a thousand of them read and render quickly.
 * Derived only from the assessment and the methodology: change either and `listingsStamp` changes,
 * and storage recomputes every summary the next time the database opens.
 */
export interface AssessmentSummary {
  id: string;
  serviceName: string;
  organisation: string;
  workshopDate: DateOnly;
  tags: string[];
  /** The service name, organisation and tags folded for search (finding.ts). */
  searchText: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  closedAt: Timestamp | null;
  progress: Progress;
  /** The whole method's score, 0 to 100, or null with nothing rated (see scoreOf). */
  scorePercent: number | null;
  /** Every moment the assessment records something created or changed, in ms, ascending, each once. */
  changeTimes: number[];
}

/** Calls `visit` with every moment something in the assessment was created or changed, as far as it records. */
function forEachChangeTime(a: Assessment, visit: (time: Timestamp) => void): void {
  visit(a.createdAt);
  visit(a.updatedAt);
  for (const r of Object.values(a.responses)) {
    if (!r) continue;
    visit(r.updatedAt);
    for (const step of r.nextSteps) visit(step.updatedAt);
  }
  for (const s of Object.values(a.actions)) if (s) visit(s.updatedAt);
  for (const item of a.parkingLot) visit(item.createdAt);
}

/** The moments an assessment records, parsed once, sorted and without repeats; unreadable ones left out. */
function changeTimesOf(a: Assessment): number[] {
  const times = new Set<number>();
  forEachChangeTime(a, (time) => {
    const ms = time ? Date.parse(time) : NaN;
    if (!Number.isNaN(ms)) times.add(ms);
  });
  return [...times].sort((x, y) => x - y);
}

/** Raise by one whenever `summarize` changes what it returns. */
const SUMMARY_VERSION = 2;

/** What the stored summaries were computed with: the methodology's version and summarize()'s. */
export const listingsStamp = `${methodology.version}|summary-${SUMMARY_VERSION}`;

/** The summary of an assessment, as the listings table stores it. */
export function summarize(a: Assessment): AssessmentSummary {
  const tags = [...new Set(a.tags)];
  return {
    id: a.id,
    serviceName: a.serviceName,
    organisation: a.organisation,
    workshopDate: a.workshopDate,
    tags,
    searchText: searchTextOf({ serviceName: a.serviceName, organisation: a.organisation, tags }),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    closedAt: a.closedAt,
    progress: progressOf(a),
    scorePercent: scoreOf(a).percent,
    changeTimes: changeTimesOf(a)
  };
}
