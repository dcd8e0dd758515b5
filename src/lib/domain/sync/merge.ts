import type { Assessment, Timestamp } from '../assessment/types';
import { recompose } from './recompose';
import { addedOf, registersOf, tombstonesOf, type Register, type Registers } from './registers';

/*
 * Merging two copies of one assessment, register by register: the newer change of each field
 * wins, and a deleted item stays deleted unless the other copy changed it after the deletion. It is
 * a join: the result does not depend on the order of the copies (commutative), on how merges are
 * grouped (associative), and merging what is already merged changes nothing (idempotent). So
 * devices that exchange files in any order end with the same assessment. merge.spec.ts proves
 * these properties over generated edit histories.
 */

/** Of two versions of a register, the newer; at the same time, the one with the greater text, so every device picks the same. */
export function newerRegister(x: Register | undefined, y: Register | undefined): Register {
  if (!x) return y!;
  if (!y) return x;
  if (x.at !== y.at) return x.at > y.at ? x : y;
  return x.text >= y.text ? x : y;
}

/** Each key's newer version. */
export function mergeRegisters(a: Registers, b: Registers): Registers {
  const merged: Registers = new Map(a);
  for (const [key, r] of b) merged.set(key, newerRegister(a.get(key), r));
  return merged;
}

/** Each key's latest time: a deleted item's latest deletion, a list item's latest addition. */
export function mergeLatest(a: ReadonlyMap<string, Timestamp>, b: ReadonlyMap<string, Timestamp>): Map<string, Timestamp> {
  const merged = new Map(a);
  for (const [key, at] of b) if (!merged.has(key) || merged.get(key)! < at) merged.set(key, at);
  return merged;
}

const earlier = (x: Timestamp, y: Timestamp) => (x <= y ? x : y);
const later = (x: Timestamp, y: Timestamp) => (x >= y ? x : y);

/**
 * Two copies of the same assessment combined field by field: every register takes its newer
 * version, every deletion is kept, every list item takes its place from its latest addition, and
 * the assessment dates from the earlier creation to the later change.
 */
export function mergeAssessments(a: Assessment, b: Assessment): Assessment {
  const [ra, rb] = [registersOf(a), registersOf(b)];
  const [ta, tb] = [tombstonesOf(a), tombstonesOf(b)];
  const registers = mergeRegisters(ra, rb);
  const tombstones = mergeLatest(ta, tb);
  const added = mergeLatest(addedOf(a, ra, ta), addedOf(b, rb, tb));
  const frame = { id: a.id, createdAt: earlier(a.createdAt, b.createdAt), updatedAt: later(a.updatedAt, b.updatedAt) };
  return recompose(frame, registers, tombstones, added);
}
