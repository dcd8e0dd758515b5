import type { Assessment } from '$lib/domain/assessment/types';
import { today } from '$lib/state/clock';

/** The editable details of an assessment, shared by the create dialog and the overview. */
export interface DetailsDraft {
  serviceName: string;
  organisation: string;
  description: string;
  facilitator: string;
  workshopDate: string;
}

/** A draft holding an assessment's current details, or blank ones for a new assessment. */
export function draftOf(a?: Assessment): DetailsDraft {
  return {
    serviceName: a?.serviceName ?? '',
    organisation: a?.organisation ?? '',
    description: a?.description ?? '',
    facilitator: a?.facilitator ?? '',
    workshopDate: a?.workshopDate ?? today()
  };
}
