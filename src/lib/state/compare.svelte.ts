import type { Assessment } from '$lib/domain/assessment/types';
import type { AssessmentSummary } from '$lib/domain/assessment/summary';
import { isSameService } from '$lib/domain/assessment/compare';
import { liveAssessment, liveSummaries } from './assessment-queries';
import type { Live } from './live.svelte';

/**
 * Two assessments of one service side by side. The pickers are filled from the small summaries;
 * only the two chosen assessments are read whole, so a write elsewhere does not re-read them all.
 */
export class Comparison {
  readonly #summaries = liveSummaries();
  readonly #before: Live<Assessment | undefined>;
  readonly #after: Live<Assessment | undefined>;
  readonly #beforeId: () => string | null;
  readonly #afterId: () => string | null;

  /** Follows the assessments `beforeId()` and `afterId()` name. */
  constructor(beforeId: () => string | null, afterId: () => string | null) {
    this.#beforeId = beforeId;
    this.#afterId = afterId;
    this.#before = liveAssessment(beforeId);
    this.#after = liveAssessment(afterId);
  }

  /** True once the summaries arrived (or failed). */
  get loaded(): boolean {
    return this.#summaries.loaded;
  }

  /** Every assessment, most recently changed first: the "before" picker. */
  get options(): AssessmentSummary[] {
    return this.#summaries.value ?? [];
  }

  /** The chosen "before", as its summary; undefined when none is chosen or it is not here. */
  get beforeChoice(): AssessmentSummary | undefined {
    const id = this.#beforeId();
    return this.options.find((x) => x.id === id);
  }

  /** The chosen "after", as its summary. */
  get afterChoice(): AssessmentSummary | undefined {
    const id = this.#afterId();
    return this.options.find((x) => x.id === id);
  }

  /** The other assessments of the same service as "before": the "after" picker. */
  get candidates(): AssessmentSummary[] {
    const a = this.beforeChoice;
    return a ? this.options.filter((x) => x.id !== a.id && isSameService(x, a)) : [];
  }

  /** The two chosen assessments, whole, once both are read. */
  get pair(): { before: Assessment; after: Assessment } | null {
    const before = this.beforeChoice && this.#before.value;
    const after = this.afterChoice && this.#after.value;
    return before && after ? { before, after } : null;
  }
}
