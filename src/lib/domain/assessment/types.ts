import type { ActionId, RuleId } from '../methodology/types';

/** The four levels of the rating scale, lowest first. */
export const ratingLevels = ['not-started', 'partly', 'largely', 'fully'] as const;
export type RatingLevel = (typeof ratingLevels)[number];

/** A level of the scale, or "not applicable" (which then needs a reason). */
export type Rating = RatingLevel | 'not-applicable';
export const ratings: readonly Rating[] = [...ratingLevels, 'not-applicable'];

export const nextStepStatuses = ['open', 'in-progress', 'done'] as const;
export type NextStepStatus = (typeof nextStepStatuses)[number];

/** An ISO 8601 timestamp, e.g. 2026-11-23T10:15:00.000Z. */
export type Timestamp = string;
/** A calendar day, YYYY-MM-DD, or '' when not set. */
export type DateOnly = string;

export interface Participant {
  id: string;
  name: string;
  role: string;
}

export interface EvidenceLink {
  id: string;
  url: string;
  label: string;
}

export interface NextStep {
  id: string;
  text: string;
  owner: string;
  due: DateOnly;
  status: NextStepStatus;
  updatedAt: Timestamp;
}

/** Anonymous workshop votes: how many people chose each level. */
export type VoteTally = Record<RatingLevel, number>;

export interface RuleResponse {
  rating: Rating | null;
  /** Why the rule does not apply; required when rating is 'not-applicable'. */
  naReason: string;
  note: string;
  evidence: EvidenceLink[];
  nextSteps: NextStep[];
  /** Where the team wants to be, and by when. */
  target: RatingLevel | null;
  targetDate: DateOnly;
  votes: VoteTally;
  /**
   * The minority view, noted after the votes were revealed and the group did not agree. Absent in
   * older records and files (format 3, revision 0), and read as none.
   */
  dissent?: string;
  /** Last change to this response; merging keeps the newer one. */
  updatedAt: Timestamp;
}

export interface ActionState {
  done: boolean;
  updatedAt: Timestamp;
}

export interface ParkingLotItem {
  id: string;
  text: string;
  ruleId: RuleId | null;
  resolved: boolean;
  createdAt: Timestamp;
}

export interface Assessment {
  id: string;
  serviceName: string;
  organisation: string;
  description: string;
  facilitator: string;
  participants: Participant[];
  workshopDate: DateOnly;
  methodologyVersion: string;
  tags: string[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Set when the facilitator closes the workshop. */
  closedAt: Timestamp | null;
  responses: Partial<Record<RuleId, RuleResponse>>;
  actions: Partial<Record<ActionId, ActionState>>;
  parkingLot: ParkingLotItem[];
  /** When each field last changed, and which list items were deleted when: what merging goes by (domain/sync). */
  clocks: FieldClocks;
}

/**
 * Per-field clocks, keyed by register (see domain/sync/registers.ts): `changed` holds when each
 * field or list item last changed, `removed` when each deleted list item was deleted, and `added`
 * when each list item was last added (its place in its list: items are listed by it).
 */
export interface FieldClocks {
  changed: Record<string, Timestamp>;
  removed: Record<string, Timestamp>;
  added: Record<string, Timestamp>;
}

/** The fields a facilitator fills in when starting an assessment. */
export type AssessmentDetails = Pick<Assessment, 'serviceName' | 'organisation' | 'description' | 'facilitator' | 'participants' | 'workshopDate' | 'tags'>;
