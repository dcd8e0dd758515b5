import type { ActionState, Assessment, RuleResponse, Timestamp } from '../assessment/types';
import { allActions, allRules } from '../methodology/methodology';
import { copyAssessment, copyNextStep, copyResponse } from './copy-assessment';
import { compareTimestamps } from './timestamps';

/*
 * Merging two copies of one assessment (say, two tablets in the same workshop). The result does
 * not depend on argument order: every choice goes by timestamps, and equal timestamps fall back
 * to comparing content. v1 has no deletion markers, so an item deleted on one side and still
 * present on the other comes back; that is the safe side to err on for workshop notes.
 */

/** Of two versions, the one with the later timestamp; on a tie, the same one whatever the order. */
function later<T>(a: T, b: T, at: (x: T) => Timestamp): T {
  const order = compareTimestamps(at(a), at(b));
  if (order !== 0) return order > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** The items of `first` (each resolved against its namesake in `second`), then the rest of `second`. */
function uniteById<T extends { id: string }>(first: T[], second: T[], resolve: (x: T, y: T) => T): T[] {
  const seconds = new Map(second.map((item) => [item.id, item]));
  const firstIds = new Set(first.map((item) => item.id));
  return [
    ...first.map((item) => {
      const other = seconds.get(item.id);
      return other ? resolve(item, other) : item;
    }),
    ...second.filter((item) => !firstIds.has(item.id))
  ];
}

const keepFirst = <T>(x: T) => x;

/** One rule's responses merged: the newer response wins, their next steps and evidence are united. */
export function mergeResponses(a: RuleResponse, b: RuleResponse): RuleResponse {
  const winner = later(a, b, (r) => r.updatedAt);
  const loser = winner === a ? b : a;
  return copyResponse({
    ...winner,
    evidence: uniteById(winner.evidence, loser.evidence, keepFirst),
    nextSteps: uniteById(winner.nextSteps, loser.nextSteps, (x, y) => later(x, y, (s) => s.updatedAt)).map(copyNextStep)
  });
}

/** Keys of both records, in methodology order first so merged records always list alike. */
function unitedKeys(order: readonly string[], a: object, b: object): string[] {
  const present = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...order.filter((k) => present.delete(k)), ...[...present].sort()];
}

/** Pairs up two records entry by entry; an entry on one side only is kept as it is. */
function mergeRecords<T>(
  order: readonly string[],
  a: Partial<Record<string, T>>,
  b: Partial<Record<string, T>>,
  merge: (x: T, y: T) => T
): Partial<Record<string, T>> {
  return Object.fromEntries(
    unitedKeys(order, a, b).flatMap((key) => {
      const [x, y] = [a[key], b[key]];
      const merged = x && y ? merge(x, y) : (x ?? y);
      return merged ? [[key, merged]] : [];
    })
  );
}

const ruleOrder = allRules.map((r) => r.id);
const actionOrder = allActions.map((a) => a.id);

/**
 * Two versions of the same assessment combined: per rule and per action the newer wins, next
 * steps, evidence and parking-lot items are united by id, the details come from the newer
 * assessment, and it dates from the earlier creation to the later change.
 */
export function mergeAssessments(a: Assessment, b: Assessment): Assessment {
  const newest = later(a, b, (x) => x.updatedAt);
  const [newer, older] = [copyAssessment(newest), copyAssessment(newest === a ? b : a)];
  const earlierCreated = compareTimestamps(a.createdAt, b.createdAt) <= 0 ? a.createdAt : b.createdAt;
  return {
    ...newer,
    createdAt: earlierCreated,
    responses: mergeRecords(ruleOrder, newer.responses, older.responses, mergeResponses),
    actions: mergeRecords<ActionState>(actionOrder, newer.actions, older.actions, (x, y) =>
      later(x, y, (s) => s.updatedAt)
    ),
    parkingLot: uniteById(newer.parkingLot, older.parkingLot, keepFirst)
  };
}
