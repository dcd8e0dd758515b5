import type { Assessment, FieldClocks, Timestamp } from '../assessment/types';

/*
 * An assessment seen as a set of registers: the smallest parts two devices can change on their
 * own (one detail, one rule's rating with its N/A reason, its note, its target with its date, its
 * votes, one evidence link, one next step, one action, one participant, one parking-lot item, one
 * tag). Each register has a key, a value and the time it last changed (`clocks.changed`); a
 * deleted list item leaves a tombstone, its key and the time it was deleted (`clocks.removed`).
 * Each list item also has the time it was (last) added (`clocks.added`), which places it in its
 * list: lists are ordered by it, so the order too is part of the state that merges.
 *
 * Merging, stamping edits and finding conflicts all work on registers, so each is written once
 * for every field, and a field added to the model needs one line here (and in recompose.ts).
 *
 * Keys: `d:<detail>`, `r:<ruleId>:rating|note|target|votes|dissent`, `r:<ruleId>:link:<id>`,
 * `r:<ruleId>:step:<id>`, `a:<actionId>`, `p:<participantId>`, `pl:<parkingItemId>`, `t:<tag>`.
 * Every key has a prefix, so none can be `__proto__` or another Object.prototype name.
 */

/** The details that change one by one, each with its own clock. */
export const detailFields = ['serviceName', 'organisation', 'description', 'facilitator', 'workshopDate', 'closedAt', 'methodologyVersion'] as const;
export type DetailField = (typeof detailFields)[number];

/** A register's value: plain JSON (strings, numbers, booleans, null, arrays), compared by its text. */
export type RegisterValue = string | number | boolean | null | readonly RegisterValue[];

export interface Register {
  readonly at: Timestamp;
  readonly value: RegisterValue;
  /** The value's JSON text, which is canonical for these values: equal values, equal text. */
  readonly text: string;
}

/**
 * A register whose JSON text is written out the first time it is asked for: merges and
 * comparisons need it, but clocks and version ids (every import and export, a thousand
 * assessments at a time) do not.
 */
class LazyRegister implements Register {
  #text: string | undefined;
  constructor(
    readonly at: Timestamp,
    readonly value: RegisterValue
  ) {}
  get text(): string {
    return (this.#text ??= JSON.stringify(this.value));
  }
}

/** A register with this value, changed at `at`. */
export function register(at: Timestamp, value: RegisterValue): Register {
  return new LazyRegister(at, value);
}

/** Every register of an assessment, keyed, in the assessment's own order. */
export type Registers = Map<string, Register>;

export type { FieldClocks };

/** An assessment as read from a file or an older database: its clocks may be missing or lack `added`. */
export type ReadAssessment = Omit<Assessment, 'clocks'> & { clocks?: Omit<FieldClocks, 'added'> & { added?: FieldClocks['added'] } };

export const emptyClocks = (): FieldClocks => ({ changed: {}, removed: {}, added: {} });

/** Keys of list items (the ones a deletion can remove, and so the only ones with tombstones). */
export function isItemKey(key: string): boolean {
  return /^(?:p|pl|t):/.test(key) || /^r:[^:]+:(?:link|step):/.test(key);
}

/** The list a key belongs to and the item's id in it, or null for a key that is not a list item. */
export function listOf(key: string): { list: string; id: string } | null {
  const rule = /^(r:[^:]+:(?:link|step)):(.*)$/s.exec(key);
  if (rule) return { list: rule[1], id: rule[2] };
  const top = /^(p|pl|t):(.*)$/s.exec(key);
  return top ? { list: top[1], id: top[2] } : null;
}

/**
 * The registers of an assessment. A register whose clock is missing takes the time the model
 * recorded before per-field clocks existed (format 2 and older): its response's, step's, action's
 * or parking item's own time, or the assessment's last change for details, people and tags. So an
 * old file or database reads as if every field had changed when its part last did.
 */
export function registersOf(a: ReadAssessment): Registers {
  const registers: Registers = new Map();
  const changed = a.clocks?.changed ?? {};
  const put = (key: string, value: RegisterValue, fallback: Timestamp) => {
    // The first of two items with the same id wins, as it would on screen.
    if (registers.has(key)) return;
    const at = Object.hasOwn(changed, key) ? changed[key] : fallback;
    registers.set(key, register(at, value));
  };
  for (const field of detailFields) put(`d:${field}`, a[field], a.updatedAt);
  // Stored data written by an older or foreign writer may lack a list: read it as empty, never throw.
  for (const [ruleId, r] of Object.entries(a.responses ?? {})) {
    if (!r) continue;
    const at = r.updatedAt;
    put(`r:${ruleId}:rating`, [r.rating, r.naReason], at);
    put(`r:${ruleId}:note`, r.note, at);
    put(`r:${ruleId}:target`, [r.target, r.targetDate], at);
    put(`r:${ruleId}:votes`, [r.votes['not-started'], r.votes.partly, r.votes.largely, r.votes.fully], at);
    put(`r:${ruleId}:dissent`, r.dissent ?? '', at);
    for (const e of r.evidence ?? []) put(`r:${ruleId}:link:${e.id}`, [e.url, e.label], at);
    for (const s of r.nextSteps ?? []) put(`r:${ruleId}:step:${s.id}`, [s.text, s.owner, s.due, s.status], s.updatedAt);
  }
  for (const [actionId, s] of Object.entries(a.actions ?? {})) if (s) put(`a:${actionId}`, s.done, s.updatedAt);
  for (const p of a.participants ?? []) put(`p:${p.id}`, [p.name, p.role], a.updatedAt);
  for (const item of a.parkingLot ?? []) put(`pl:${item.id}`, [item.text, item.ruleId, item.resolved, item.createdAt], item.createdAt);
  for (const tag of a.tags ?? []) put(`t:${tag}`, true, a.updatedAt);
  return registers;
}

/** The tombstones of an assessment: deleted item keys and when. */
export function tombstonesOf(a: ReadAssessment): Map<string, Timestamp> {
  return new Map(Object.entries(a.clocks?.removed ?? {}).filter(([key]) => isItemKey(key)));
}

/** The earliest instant the format can write (year 0000): taking old items a millisecond apart never goes before it. */
const EARLIEST = Date.parse('0000-01-01T00:00:00.000Z');

/**
 * When each list item was added. An item the assessment gives no time for (a file or database of
 * format 2 or older, or an odd one) is taken as added in its list's order: at the time it last
 * changed, but at least a millisecond before the item after it. So an old list keeps its order,
 * and the times are a function of the copy alone, the same on every device that reads it. Times
 * of items that are neither in the lists nor deleted are left out.
 */

export function addedOf(a: ReadAssessment, registers: Registers, tombstones: ReadonlyMap<string, Timestamp>): Map<string, Timestamp> {
  const given = a.clocks?.added ?? {};
  const added = new Map<string, Timestamp>();
  for (const [key, at] of Object.entries(given)) if (isItemKey(key) && (registers.has(key) || tombstones.has(key))) added.set(key, at);
  for (const keys of itemsByList(registers).values()) {
    let next = Number.POSITIVE_INFINITY;
    for (const key of keys.reverse()) {
      if (!added.has(key)) {
        const at = Math.max(EARLIEST, Math.min(Date.parse(registers.get(key)!.at), next - 1));
        if (Number.isFinite(at)) added.set(key, new Date(at).toISOString());
      }
      next = Date.parse(added.get(key) ?? '');
      if (Number.isNaN(next)) next = Number.POSITIVE_INFINITY;
    }
  }
  return added;
}

/** The item keys of every list (`p`, `pl`, `t`, `r:<ruleId>:link`, `r:<ruleId>:step`), in the registers' order. */
export function itemsByList(registers: Registers): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const key of registers.keys()) {
    const item = listOf(key);
    if (!item) continue;
    const keys = lists.get(item.list);
    if (keys) keys.push(key);
    else lists.set(item.list, [key]);
  }
  return lists;
}

/** The clocks that describe these registers, tombstones and additions exactly (built with own properties only). */
export function clocksOf(registers: Registers, tombstones: ReadonlyMap<string, Timestamp>, added: ReadonlyMap<string, Timestamp>): FieldClocks {
  return {
    changed: Object.fromEntries([...registers].map(([key, r]) => [key, r.at])),
    removed: Object.fromEntries(tombstones),
    added: Object.fromEntries(added)
  };
}

/**
 * Whether a clocks record holds exactly these keys (own properties only). Their times need no
 * check: registers, tombstones and additions take their times from these very records.
 */
function describes(record: Readonly<Record<string, Timestamp>> | undefined, keyed: ReadonlyMap<string, unknown>): boolean {
  if (!record) return false;
  let count = 0;
  for (const key in record) if (Object.hasOwn(record, key)) count++;
  if (count !== keyed.size) return false;
  for (const key of keyed.keys()) if (!Object.hasOwn(record, key)) return false;
  return true;
}

/**
 * The assessment with every clock written out, none left to fall back on older fields. Clocks that
 * already say exactly that (a file of the current format, a stored copy) are kept as they are:
 * writing a thousand assessments' clocks out again was a tenth of an import's time.
 */
export function withClocks(a: ReadAssessment): Assessment {
  const [registers, tombstones] = [registersOf(a), tombstonesOf(a)];
  const added = addedOf(a, registers, tombstones);
  const given = a.clocks;
  if (given?.added && describes(given.changed, registers) && describes(given.removed, tombstones) && describes(given.added, added)) {
    return { ...a, clocks: { changed: given.changed, removed: given.removed, added: given.added } };
  }
  return { ...a, clocks: clocksOf(registers, tombstones, added) };
}

/** Whether two copies show the same thing: every field and list item with the same value, whenever it was changed. */
export function sameValues(a: Assessment, b: Assessment): boolean {
  const [ra, rb] = [registersOf(a), registersOf(b)];
  return ra.size === rb.size && [...ra].every(([key, r]) => rb.get(key)?.text === r.text);
}
