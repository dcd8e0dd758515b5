import type { Assessment } from '$lib/domain/assessment/types';
import type { AssessmentSummary } from '$lib/domain/assessment/summary';
import type { Snapshot } from '$lib/domain/history/snapshot';
import { assessments } from '$lib/storage/assessments-repository';
import { snapshots } from '$lib/storage/snapshots-repository';
import { requestPersistenceOnce } from '$lib/storage/device-storage';
import { LiveQuery, type Live } from './live.svelte';
import { nowIso } from './clock';
import { saveStatus } from './save-status.svelte';

/** The assessment `id()` names, live (undefined when there is none). */
export function liveAssessment(id: () => string | null): Live<Assessment | undefined> {
  return new LiveQuery<Assessment | undefined>(() => {
    const assessmentId = id();
    return assessmentId ? assessments.watch(assessmentId) : null;
  });
}

/** The small summary of every assessment (the listings), live. */
export function liveSummaries(): Live<AssessmentSummary[]> {
  return new LiveQuery(() => assessments.watchSummaries());
}

/** How many assessments the device holds, live: counted, not read (Settings shows it). */
export function liveAssessmentCount(): Live<number> {
  return new LiveQuery(() => assessments.watchCount());
}

/** The snapshots of the assessment `id()` names, live. */
export function liveSnapshots(id: () => string | null): Live<Snapshot[]> {
  return new LiveQuery(() => {
    const assessmentId = id();
    return assessmentId ? snapshots.watchFor(assessmentId) : null;
  });
}

/** How many assessments the device holds; null when it cannot be read. */
export function countAssessments(): Promise<number | null> {
  return assessments.count().catch(() => null);
}

/** Stores a new assessment through the save status; then asks once for persistent storage. */
export async function storeNewAssessment(a: Assessment): Promise<boolean> {
  const saved = await saveStatus.track(() => assessments.create(a));
  // The first saved assessment is the moment to ask the browser to keep the data; the click that
  // saved it is the user gesture the request needs. Asked once per device, never blocking the way on.
  if (saved) void requestPersistenceOnce(nowIso()).catch(() => undefined);
  return saved;
}
