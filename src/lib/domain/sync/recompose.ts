import { emptyResponse } from '../assessment/factory';
import type { ActionState, Assessment, DateOnly, NextStep, NextStepStatus, Rating, RatingLevel, RuleResponse, Timestamp } from '../assessment/types';
import type { ActionId, RuleId } from '../methodology/types';
import { allActions, allRules } from '../methodology/methodology';
import { clocksOf, detailFields, itemsByList, listOf, type Register, type Registers } from './registers';

/*
 * The inverse of registersOf: an assessment built from registers, tombstones and the times list
 * items were added. A register whose tombstone is as new or newer is deleted; list items come in
 * the order they were added (by id at the same time), so the result is a function of that state
 * alone and never depends on which copy came first or how merges were grouped.
 */

/** The parts of an assessment that are not registers. */
export interface Frame {
  id: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The live keys of every list, each in the order to show them: by when the item was added, then by key. */
function orderedLists(registers: Registers, added: ReadonlyMap<string, Timestamp>): Map<string, string[]> {
  const lists = itemsByList(registers);
  const when = (key: string) => added.get(key) ?? '';
  for (const keys of lists.values()) keys.sort((x, y) => byText(when(x), when(y)) || byText(x, y));
  return lists;
}

const at = (r: Register | undefined) => r?.value as readonly unknown[];

/** A rule's response, dated by the latest change to any of its fields or items (deletions included). */
function responseOf(ruleId: string, registers: Registers, lists: Map<string, string[]>, tombstones: ReadonlyMap<string, Timestamp>): RuleResponse | null {
  const prefix = `r:${ruleId}:`;
  const own = [...registers].filter(([key]) => key.startsWith(prefix));
  if (own.length === 0) return null;
  let latest = '';
  for (const [, r] of own) if (r.at > latest) latest = r.at;
  for (const [key, t] of tombstones) if (t > latest && key.startsWith(prefix)) latest = t;
  const base = emptyResponse(latest);
  const rating = at(registers.get(`${prefix}rating`));
  const target = at(registers.get(`${prefix}target`));
  const votes = at(registers.get(`${prefix}votes`));
  const note = registers.get(`${prefix}note`);
  const dissent = registers.get(`${prefix}dissent`);
  return {
    ...base,
    ...(rating && { rating: rating[0] as Rating | null, naReason: rating[1] as string }),
    ...(note && { note: note.value as string }),
    ...(dissent && dissent.value !== '' && { dissent: dissent.value as string }),
    ...(target && { target: target[0] as RatingLevel | null, targetDate: target[1] as DateOnly }),
    ...(votes && {
      votes: { 'not-started': votes[0] as number, partly: votes[1] as number, largely: votes[2] as number, fully: votes[3] as number }
    }),
    evidence: (lists.get(`${prefix}link`) ?? []).map((key) => {
      const [url, label] = at(registers.get(key)) as string[];
      return { id: listOf(key)!.id, url, label };
    }),
    nextSteps: (lists.get(`${prefix}step`) ?? []).map((key): NextStep => {
      const r = registers.get(key)!;
      const [text, owner, due, status] = r.value as string[];
      return { id: listOf(key)!.id, text, owner, due, status: status as NextStepStatus, updatedAt: r.at };
    })
  };
}

const ruleOrder: string[] = allRules.map((r) => r.id);
const actionOrder: string[] = allActions.map((a) => a.id);

/** Ids present under a prefix, in methodology order first, then any others sorted. */
function idsUnder(registers: Registers, pattern: RegExp, order: readonly string[]): string[] {
  const found = new Set<string>();
  for (const key of registers.keys()) {
    const m = pattern.exec(key);
    if (m) found.add(m[1]);
  }
  return [...order.filter((id) => found.delete(id)), ...[...found].sort(byText)];
}

/**
 * The assessment these registers describe. Tombstones as new as a register (or newer) delete it;
 * the clocks written are exactly those of what is kept, so nothing falls back on older fields.
 */
export function recompose(frame: Frame, registers: Registers, tombstones: ReadonlyMap<string, Timestamp>, added: ReadonlyMap<string, Timestamp>): Assessment {
  const live: Registers = new Map([...registers].filter(([key, r]) => !(tombstones.has(key) && tombstones.get(key)! >= r.at)));
  const lists = orderedLists(live, added);
  const detail = (field: string) => live.get(`d:${field}`)?.value;
  const details = Object.fromEntries(detailFields.map((f) => [f, detail(f) ?? (f === 'closedAt' ? null : '')]));
  const responses: Partial<Record<RuleId, RuleResponse>> = {};
  for (const ruleId of idsUnder(live, /^r:([^:]+):/, ruleOrder)) {
    const r = responseOf(ruleId, live, lists, tombstones);
    if (r) responses[ruleId as RuleId] = r;
  }
  const actions: Partial<Record<ActionId, ActionState>> = {};
  for (const actionId of idsUnder(live, /^a:(.*)$/s, actionOrder)) {
    const r = live.get(`a:${actionId}`)!;
    actions[actionId as ActionId] = { done: r.value as boolean, updatedAt: r.at };
  }
  return {
    id: frame.id,
    serviceName: details.serviceName as string,
    organisation: details.organisation as string,
    description: details.description as string,
    facilitator: details.facilitator as string,
    participants: (lists.get('p') ?? []).map((key) => {
      const [name, role] = at(live.get(key)) as string[];
      return { id: listOf(key)!.id, name, role };
    }),
    workshopDate: details.workshopDate as DateOnly,
    methodologyVersion: details.methodologyVersion as string,
    tags: (lists.get('t') ?? []).map((key) => listOf(key)!.id),
    createdAt: frame.createdAt,
    updatedAt: frame.updatedAt,
    closedAt: details.closedAt as Timestamp | null,
    responses,
    actions,
    parkingLot: (lists.get('pl') ?? []).map((key) => {
      const [text, ruleId, resolved, createdAt] = at(live.get(key)) as [string, RuleId | null, boolean, Timestamp];
      return { id: listOf(key)!.id, text, ruleId, resolved, createdAt };
    }),
    clocks: clocksOf(live, tombstones, added)
  };
}
