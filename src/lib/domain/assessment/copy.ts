import { stampChanges } from '../sync/stamp';
import type { Assessment, Timestamp } from './types';

/** A full, independent copy of an assessment under a new id and name, as if created now. */
export function duplicateAssessment(a: Assessment, id: string, serviceName: string, now: Timestamp): Assessment {
  const copy = { ...structuredClone(a), id };
  return stampChanges(copy, { ...copy, serviceName, createdAt: now, updatedAt: now, closedAt: null }, now);
}
