import { methodology } from '../methodology/methodology';
import { emptyClocks, withClocks } from '../sync/registers';
import { localDay } from '../calendar/local-day';
import type { Assessment, AssessmentDetails, RuleResponse, Timestamp, VoteTally } from './types';

/** A tally with no votes. */
export function emptyVotes(): VoteTally {
  return { 'not-started': 0, partly: 0, largely: 0, fully: 0 };
}

/** A response nobody has touched yet. */
export function emptyResponse(now: Timestamp): RuleResponse {
  return {
    rating: null,
    naReason: '',
    note: '',
    evidence: [],
    nextSteps: [],
    target: null,
    targetDate: '',
    votes: emptyVotes(),
    updatedAt: now
  };
}

/** A new, empty assessment of the current methodology. */
export function createAssessment(details: Partial<AssessmentDetails>, id: string, now: Timestamp): Assessment {
  // Every field starts with the creation as its clock.
  return withClocks({
    id,
    serviceName: details.serviceName?.trim() ?? '',
    organisation: details.organisation?.trim() ?? '',
    description: details.description?.trim() ?? '',
    facilitator: details.facilitator?.trim() ?? '',
    participants: details.participants ?? [],
    // The day of `now` on the device's calendar, not in UTC.
    workshopDate: details.workshopDate ?? localDay(new Date(now)),
    methodologyVersion: methodology.version,
    tags: details.tags ?? [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    responses: {},
    actions: {},
    parkingLot: [],
    clocks: emptyClocks()
  });
}
