import { putNextStep, rate, updateResponse } from '$lib/domain/assessment/edits';
import { addVote, noteDissent, removeVote, resetVotes, setVotes } from '$lib/domain/assessment/votes';
import type { Assessment, NextStep, Rating, RatingLevel, RuleResponse, Timestamp, VoteTally } from '$lib/domain/assessment/types';
import type { RuleId } from '$lib/domain/methodology/types';
import { saveEdit } from './assessment-editor';

/**
 * Every edit of one golden rule's response, saved at once: the stage page's rule card and
 * workshop mode share it. The ids are read at each edit, so a card can follow its props.
 */
export class RuleEditor {
  readonly #assessmentId: () => string;
  readonly #ruleId: () => RuleId;

  constructor(assessmentId: () => string, ruleId: () => RuleId) {
    this.#assessmentId = assessmentId;
    this.#ruleId = ruleId;
  }

  /** Sets the agreed rating (null clears it). */
  rate(rating: Rating | null): Promise<boolean> {
    const ruleId = this.#ruleId();
    return saveEdit(this.#assessmentId(), (a, now) => rate(a, ruleId, rating, now));
  }

  /** Changes some fields of the response: the note, the N/A reason, the target, the evidence links. */
  change(change: Partial<Pick<RuleResponse, 'note' | 'naReason' | 'evidence' | 'target' | 'targetDate'>>): Promise<boolean> {
    const ruleId = this.#ruleId();
    return saveEdit(this.#assessmentId(), (a, now) => updateResponse(a, ruleId, () => change, now));
  }

  /** Adds, changes or (with null) deletes one next step. */
  putNextStep(stepId: string, step: Partial<NextStep> | null): Promise<boolean> {
    const ruleId = this.#ruleId();
    return saveEdit(this.#assessmentId(), (a, now) => putNextStep(a, ruleId, step, stepId, now));
  }

  /** One more vote for a level; resolves to the rule's tally as stored, or null when the save failed. */
  vote(level: RatingLevel): Promise<VoteTally | null> {
    const ruleId = this.#ruleId();
    return this.#changeVotes((a, now) => addVote(a, ruleId, level, now));
  }

  /** One vote fewer for a level; resolves to the rule's tally as stored, or null when the save failed. */
  unvote(level: RatingLevel): Promise<VoteTally | null> {
    const ruleId = this.#ruleId();
    return this.#changeVotes((a, now) => removeVote(a, ruleId, level, now));
  }

  /**
   * Saves a change of the tally and returns the tally it stored. What a page shows may lag behind
   * a quick series of taps, so what is announced after a vote must come from here, not from it.
   */
  async #changeVotes(edit: (a: Assessment, now: Timestamp) => Assessment): Promise<VoteTally | null> {
    const ruleId = this.#ruleId();
    let stored: VoteTally | null = null;
    const ok = await saveEdit(this.#assessmentId(), (a, now) => {
      const next = edit(a, now);
      stored = next.responses[ruleId]?.votes ?? null;
      return next;
    });
    return ok ? stored : null;
  }

  /** Replaces the tally with the votes read from the cards. */
  setVotes(tally: VoteTally): Promise<boolean> {
    const ruleId = this.#ruleId();
    return saveEdit(this.#assessmentId(), (a, now) => setVotes(a, ruleId, tally, now));
  }

  /** Records the minority view after a vote the group did not agree on (blank removes it). */
  noteDissent(text: string): Promise<boolean> {
    const ruleId = this.#ruleId();
    return saveEdit(this.#assessmentId(), (a, now) => noteDissent(a, ruleId, text, now));
  }

  /** Clears the votes. */
  resetVotes(): Promise<boolean> {
    const ruleId = this.#ruleId();
    return saveEdit(this.#assessmentId(), (a, now) => resetVotes(a, ruleId, now));
  }
}
