import type { Assessment, RuleResponse } from './types';

/*
 * Pages key their lists by id (and tags by their text): an id used twice makes Svelte refuse to
 * draw the page. Import refuses such files, but data stored before that, or written by an older
 * version, may still have them; this is the one place that makes stored data safe to show.
 */

/** Gives each repeat of an id a fresh one (`id~2`, `id~3` …), the first keeping its own: nothing is dropped. */
function renamer(taken: Iterable<string>) {
  const used = new Set(taken);
  const seen = new Set<string>();
  return <T extends { id: string }>(item: T): T => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let n = 2;
    while (used.has(`${item.id}~${n}`)) n += 1;
    const id = `${item.id}~${n}`;
    used.add(id);
    seen.add(id);
    return { ...item, id };
  };
}

const hasRepeats = (keys: readonly string[]) => new Set(keys).size !== keys.length;

/** The ids of next steps and of evidence links: each must be unique across all rules of an assessment. */
function ruleItemIds(a: Assessment): { steps: string[]; links: string[] } {
  const steps: string[] = [];
  const links: string[] = [];
  for (const r of Object.values(a.responses)) {
    if (!r) continue;
    for (const s of r.nextSteps) steps.push(s.id);
    for (const e of r.evidence) links.push(e.id);
  }
  return { steps, links };
}

/** True when every list the pages key is free of repeats; the usual case, checked without copying. */
export function hasUniqueKeys(a: Assessment): boolean {
  const { steps, links } = ruleItemIds(a);
  return !(
    hasRepeats(a.tags) ||
    hasRepeats(a.participants.map((p) => p.id)) ||
    hasRepeats(a.parkingLot.map((i) => i.id)) ||
    hasRepeats(steps) ||
    hasRepeats(links)
  );
}

/**
 * The assessment with no tag twice and no id twice in any list (next steps and evidence links
 * across all its rules): repeated tags are dropped, repeated ids renamed. The same input always
 * gives the same ids, so an edit made by a renamed id finds its item again, and saving the edit
 * stores the repaired data. Returns the assessment itself when nothing repeats.
 */
export function withUniqueKeys(a: Assessment): Assessment {
  if (hasUniqueKeys(a)) return a;
  const { steps, links } = ruleItemIds(a);
  const step = renamer(steps);
  const link = renamer(links);
  const responses: Assessment['responses'] = {};
  for (const [ruleId, r] of Object.entries(a.responses) as [keyof Assessment['responses'], RuleResponse | undefined][]) {
    if (r) responses[ruleId] = { ...r, nextSteps: r.nextSteps.map(step), evidence: r.evidence.map(link) };
  }
  return {
    ...a,
    tags: [...new Set(a.tags)],
    participants: a.participants.map(renamer(a.participants.map((p) => p.id))),
    parkingLot: a.parkingLot.map(renamer(a.parkingLot.map((i) => i.id))),
    responses
  };
}
