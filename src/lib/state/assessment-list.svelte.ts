import { duplicateAssessment } from '$lib/domain/assessment/copy';
import { editDetails } from '$lib/domain/assessment/edits';
import type { AssessmentSummary } from '$lib/domain/assessment/summary';
import type { NewestSummaries, RemovedAssessment } from '$lib/storage/assessments-repository';
import { newId, nowIso } from './clock';
import { LiveQuery, partThenWhole, type Live, type PartOrWhole } from './live.svelte';
import { loadStorage, watchOnceStored } from './load-storage';
import { saveStatus } from './save-status.svelte';

/** What the list has read: its first page while the rest reads, then every summary. */
export type ListedSummaries = PartOrWhole<NewestSummaries, AssessmentSummary[]>;

/**
 * The assessment list and what can be done from it: rename, duplicate, delete and undo the
 * delete. Every write goes through the save status. The list is the first page: storage's code is
 * loaded once it is shown (load-storage.ts), inside each write, so a failed load is a failed save.
 */
export class AssessmentList {
  // The summaries (listings), not the assessments: small records, read and sorted quickly. The
  // newest page of them and their count first (a few ms), then all of them (5,000 take 100–200 ms,
  // for the search, the filters and the backup reminder). On a device with no database yet (a
  // first visit), the list is known to be empty before the storage code has loaded: a new
  // facilitator sees the welcome at once, and the storage code loads only once something is stored
  // (here or in another tab).
  readonly #listed: Live<ListedSummaries>;
  #deleted = $state.raw<RemovedAssessment | null>(null);

  /** `firstPage`: how many summaries the list shows before the rest has been read. */
  constructor(firstPage: number) {
    this.#listed = new LiveQuery(() =>
      partThenWhole(
        watchOnceStored<NewestSummaries>((storage) => storage.assessments.watchNewestSummaries(firstPage), { newest: [], count: 0 }),
        watchOnceStored<AssessmentSummary[]>((storage) => storage.assessments.watchSummaries(), [])
      )
    );
  }

  /**
   * Every assessment on the device, most recently changed first, once all are read (`complete`);
   * until then the newest first page of them; empty until loaded.
   */
  get all(): AssessmentSummary[] {
    const listed = this.#listed.value;
    return listed?.whole ?? listed?.part?.newest ?? [];
  }

  /** True once every summary has been read: the search, the filters and other orders can run. */
  get complete(): boolean {
    return this.#listed.value?.whole !== undefined;
  }

  /** How many assessments the device holds (known before they are all read). */
  get count(): number {
    const listed = this.#listed.value;
    return listed?.whole?.length ?? listed?.part?.count ?? 0;
  }

  /** The raw live result, for loading and error states. */
  get live(): Live<ListedSummaries> {
    return this.#listed;
  }

  /** The assessment just deleted, until it is brought back or the message is closed. */
  get deleted(): RemovedAssessment | null {
    return this.#deleted;
  }

  /** Gives the assessment a new service name. */
  async rename(a: AssessmentSummary, name: string): Promise<void> {
    await saveStatus.track(async () => {
      const { assessments } = await loadStorage();
      await assessments.update(a.id, (x) => editDetails(x, { serviceName: name }, nowIso()));
    });
  }

  /** Stores a copy named by `copyName` (given the original's name). */
  async duplicate(a: AssessmentSummary, copyName: (name: string) => string): Promise<void> {
    // One id for every try, so trying again after a failure can never make two copies.
    const id = newId();
    await saveStatus.track(async () => {
      const { assessments } = await loadStorage();
      const original = await assessments.get(a.id);
      if (!original) return;
      await assessments.create(duplicateAssessment(original, id, copyName(original.serviceName), nowIso()));
    });
  }

  /** Deletes the assessment (with its photos and snapshots); resolves to true when it is gone. */
  async remove(a: AssessmentSummary): Promise<boolean> {
    let removed: RemovedAssessment | undefined;
    const ok = await saveStatus.track(async () => {
      const { assessments } = await loadStorage();
      removed = await assessments.remove(a.id);
    });
    if (!ok || !removed) return false;
    this.#deleted = removed;
    return true;
  }

  /** Forgets the deleted assessment: it can no longer be brought back. */
  forgetDeleted(): void {
    this.#deleted = null;
  }

  /** Brings the deleted assessment back; resolves to its id, or null when there was none. */
  async undoDelete(): Promise<string | null> {
    const removed = this.#deleted;
    if (!removed) return null;
    this.#deleted = null;
    await saveStatus.track(async () => {
      const { assessments } = await loadStorage();
      await assessments.restore(removed);
    });
    return removed.assessment.id;
  }
}
