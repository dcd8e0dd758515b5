import type { Assessment, Timestamp } from '../assessment/types';
import { recompose } from './recompose';
import { addedOf, isItemKey, register, registersOf, tombstonesOf, type Registers } from './registers';

/*
 * Edits change the model (a rating, a list of next steps…) and know nothing of clocks. Each saved
 * edit goes through `stampChanges`, which compares before and after register by register: what
 * changed gets the edit's time, what disappeared from a list gets a tombstone. So every screen,
 * present and future, records per-field clocks without a line of its own.
 */

/**
 * The edited assessment with its clocks brought up to date: changed registers stamped `now`,
 * removed items tombstoned. An edit that changed nothing returns `before` as it was. The result is
 * in the form a merge produces (recompose.ts), so merging it with itself changes nothing.
 */
export function stampChanges(before: Assessment, after: Assessment, now: Timestamp): Assessment {
  if (after === before) return before;
  const [old, next] = [registersOf(before), registersOf(after)];
  const registers: Registers = new Map();
  let changed = false;
  for (const [key, r] of next) {
    const was = old.get(key);
    const same = was !== undefined && was.text === r.text;
    changed ||= !same;
    registers.set(key, same ? was : register(now, r.value));
  }
  const tombstones = tombstonesOf(before);
  for (const key of old.keys()) {
    if (next.has(key)) continue;
    changed = true;
    if (isItemKey(key)) tombstones.set(key, now);
  }
  // An item added (or added again: a tag typed anew) is live, placed last in its list, and its
  // old tombstone has no more to say.
  const added = addedOf(before, old, tombstones);
  for (const key of next.keys()) {
    if (old.has(key)) continue;
    tombstones.delete(key);
    if (isItemKey(key)) added.set(key, now);
  }
  const frameChanged = after.id !== before.id || after.createdAt !== before.createdAt;
  if (!changed && !frameChanged) return before;
  return recompose({ id: after.id, createdAt: after.createdAt, updatedAt: changed ? now : after.updatedAt }, registers, tombstones, added);
}
