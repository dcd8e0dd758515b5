import type { Assessment, Timestamp } from '../assessment/types';
import { newerRegister } from './merge';
import { recompose } from './recompose';
import { addedOf, isItemKey, register, registersOf, tombstonesOf, type RegisterValue, type Registers } from './registers';

/*
 * A conflict: both copies changed the same field to different values since they last agreed.
 * The merge keeps the newer value; the conflict keeps the other one, so a person can look at both
 * and choose. "Since they last agreed" is what this device has seen exchanged (exported or
 * imported) for that assessment: a version it has seen is one the other side only passed on.
 */

/** One side's version of a field: its value (null when the item was deleted) and when. */
export interface FieldVersion {
  value: RegisterValue | null;
  deleted: boolean;
  at: Timestamp;
}

export interface Conflict {
  /** The register (see registers.ts for the keys). */
  key: string;
  /** The version the merge kept. */
  kept: FieldVersion;
  /** The version it did not keep, which the facilitator may choose instead. */
  other: FieldVersion;
  /** Which side the kept version came from. */
  keptFrom: 'here' | 'incoming';
}

/** The versions of registers this device has seen exchanged, as `key@time` strings. */
export type KnownVersions = ReadonlySet<string>;

const versionId = (key: string, at: Timestamp) => `${key}@${at}`;

/** Each side's version of every register and tombstone, by key. */
function versionsOf(a: Assessment): Map<string, FieldVersion> {
  const versions = new Map<string, FieldVersion>();
  for (const [key, r] of registersOf(a)) versions.set(key, { value: r.value, deleted: false, at: r.at });
  for (const [key, at] of tombstonesOf(a)) {
    const live = versions.get(key);
    if (!live || at >= live.at) versions.set(key, { value: null, deleted: true, at });
  }
  return versions;
}

/** Every version an assessment holds, to remember once it has been exchanged. */
export function versionIdsOf(a: Assessment): string[] {
  return [...versionsOf(a)].map(([key, v]) => versionId(key, v.at));
}

/** Whether the merge keeps `x` over `y`, by the rules of merge.ts: newer first, a deletion wins a tie with an edit, then the greater text. */
function mergeKeeps(x: FieldVersion, y: FieldVersion): boolean {
  if (x.at !== y.at) return x.at > y.at;
  if (x.deleted !== y.deleted) return x.deleted;
  return JSON.stringify(x.value) >= JSON.stringify(y.value);
}

const sameValue = (x: FieldVersion, y: FieldVersion) => x.deleted === y.deleted && JSON.stringify(x.value) === JSON.stringify(y.value);

/**
 * The fields that both copies changed to different values since this device last saw them
 * exchanged. A field only one side changed, or that one side never had, is no conflict: the merge
 * simply takes it. The kept version is the one the merge keeps (the newer).
 */
export function findConflicts(here: Assessment, incoming: Assessment, known: KnownVersions): Conflict[] {
  const [mine, theirs] = [versionsOf(here), versionsOf(incoming)];
  const conflicts: Conflict[] = [];
  for (const [key, x] of mine) {
    const y = theirs.get(key);
    if (!y || sameValue(x, y)) continue;
    if (known.has(versionId(key, x.at)) || known.has(versionId(key, y.at))) continue;
    conflicts.push(mergeKeeps(x, y) ? { key, kept: x, other: y, keptFrom: 'here' } : { key, kept: y, other: x, keptFrom: 'incoming' });
  }
  return conflicts;
}

/**
 * The assessment with a conflict settled the other way: the version the merge did not keep
 * becomes the current one, stamped `now` as a new edit (so it also wins the next merge).
 */
export function keepOtherVersion(a: Assessment, conflict: Pick<Conflict, 'key' | 'other'>, now: Timestamp): Assessment {
  const registers: Registers = registersOf(a);
  const tombstones = tombstonesOf(a);
  const added = addedOf(a, registers, tombstones);
  const { key, other } = conflict;
  if (other.deleted) {
    registers.delete(key);
    tombstones.set(key, now);
  } else {
    registers.set(key, newerRegister(undefined, register(now, other.value!)));
    tombstones.delete(key);
    if (isItemKey(key) && !added.has(key)) added.set(key, now);
  }
  return recompose({ id: a.id, createdAt: a.createdAt, updatedAt: now }, registers, tombstones, added);
}
