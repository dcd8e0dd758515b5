import { describe, expect, it } from 'vitest';
import type { RuleId } from '../methodology/types';
import { putNextStep, updateResponse } from './edits';
import { createAssessment } from './factory';
import { collectActionPlan, countByStatus, filterActionPlan, isOverdue, noFilter, ownersOf, patchNextStep, sortActionPlan } from './action-plan';
import type { Assessment, NextStep, RatingLevel } from './types';

const now = '2026-11-23T10:00:00.000Z';
const step = (id: string, text: string, owner = '', due = '', status: NextStep['status'] = 'open'): NextStep => ({
  id,
  text,
  owner,
  due,
  status,
  updatedAt: now
});

function makeAssessment(steps: [RuleId, NextStep][]): Assessment {
  return steps.reduce((a, [rule, s]) => putNextStep(a, rule, s, s.id, now), createAssessment({ serviceName: 'Childminder finder' }, 'a1', now));
}

const plan = makeAssessment([
  ['operation.rule.2', step('s1', 'Translate the help pages', 'Ana', '2027-03-01', 'in-progress')],
  ['strategy.rule.1', step('s2', 'Write the problem statement', 'maria ', '2027-01-15')],
  ['strategy.rule.1', step('s3', 'Interview parents', '', '', 'done')],
  ['design.rule.4', step('s4', 'Sketch the form', 'Μαρία', '2026-12-01')],
  ['design.rule.2', step('s5', 'Remove the stamp step', 'Maria', '2027-01-15', 'open')]
]);

describe('collectActionPlan', () => {
  it('lists every step with its rule and stage, in method order', () => {
    expect(collectActionPlan(plan).map((e) => [e.step.id, e.ruleId, e.stageId])).toEqual([
      ['s2', 'strategy.rule.1', 'strategy'],
      ['s3', 'strategy.rule.1', 'strategy'],
      ['s5', 'design.rule.2', 'design'],
      ['s4', 'design.rule.4', 'design'],
      ['s1', 'operation.rule.2', 'operation']
    ]);
  });

  it('is empty when nobody agreed a next step', () => {
    expect(collectActionPlan(createAssessment({}, 'a2', now))).toEqual([]);
  });
});

describe('filterActionPlan', () => {
  const entries = collectActionPlan(plan);
  const ids = (f: Partial<typeof noFilter>) => filterActionPlan(entries, { ...noFilter, ...f }).map((e) => e.step.id);

  it.each<[string, Partial<typeof noFilter>, string[]]>([
    ['nothing', {}, ['s2', 's3', 's5', 's4', 's1']],
    ['status', { status: 'open' }, ['s2', 's5', 's4']],
    ['not done', { status: 'not-done' }, ['s2', 's5', 's4', 's1']],
    ['owner, ignoring case and spaces', { owner: 'Maria' }, ['s2', 's5']],
    ['steps with no owner', { owner: '' }, ['s3']],
    ['stage', { stage: 'design' }, ['s5', 's4']],
    ['everything at once', { status: 'open', owner: 'maria', stage: 'design' }, ['s5']]
  ])('filters by %s', (_name, f, expected) => {
    expect(ids(f)).toEqual(expected);
  });
});

describe('sortActionPlan', () => {
  const entries = collectActionPlan(plan);
  it.each<[Parameters<typeof sortActionPlan>[1], string[]]>([
    ['stage', ['s2', 's3', 's5', 's4', 's1']],
    ['due', ['s4', 's2', 's5', 's1', 's3']],
    ['owner', ['s1', 's2', 's5', 's4', 's3']],
    ['status', ['s2', 's5', 's4', 's1', 's3']]
  ])('sorts by %s, blanks last and ties in method order', (key, expected) => {
    expect(sortActionPlan(entries, key, 'en').map((e) => e.step.id)).toEqual(expected);
  });

  it('puts the steps of the rules furthest below their target first', () => {
    const aiming = [
      ['design.rule.2', 'partly', 'fully'],
      ['operation.rule.2', 'largely', 'fully'],
      ['strategy.rule.1', 'fully', 'fully']
    ].reduce(
      (a, [rule, rating, target]) => updateResponse(a, rule as RuleId, () => ({ rating: rating as RatingLevel, target: target as RatingLevel }), now),
      plan
    );
    const sorted = sortActionPlan(collectActionPlan(aiming), 'gap', 'en');
    // gap 2 (s5), gap 1 (s1), gap 0 (s2, s3), no target (s4).
    expect(sorted.map((e) => [e.step.id, e.gap])).toEqual([
      ['s5', 2],
      ['s1', 1],
      ['s2', 0],
      ['s3', 0],
      ['s4', null]
    ]);
  });

  it('does not reorder its input', () => {
    sortActionPlan(entries, 'due');
    expect(entries.map((e) => e.step.id)).toEqual(['s2', 's3', 's5', 's4', 's1']);
  });
});

describe('owners, counts and overdue steps', () => {
  const entries = collectActionPlan(plan);
  it('lists each owner once, in the first spelling met', () => {
    expect(ownersOf(entries, 'en')).toEqual(['Ana', 'maria', 'Μαρία']);
  });

  it('counts steps per status', () => {
    expect(countByStatus(entries)).toEqual({ open: 3, 'in-progress': 1, done: 1 });
  });

  it.each<[NextStep, boolean]>([
    [step('x', 't', '', '2026-11-22'), true],
    [step('x', 't', '', '2026-11-23'), false],
    [step('x', 't', '', '2026-11-01', 'done'), false],
    [step('x', 't', '', ''), false]
  ])('knows whether %o is overdue', (s, expected) => {
    expect(isOverdue(s, '2026-11-23')).toBe(expected);
  });
});

describe('patchNextStep', () => {
  it('changes only the given fields of the stored step', () => {
    const later = '2026-11-24T09:00:00.000Z';
    let a = patchNextStep(plan, 'strategy.rule.1', 's2', { owner: 'Eleni' }, later);
    a = patchNextStep(a, 'strategy.rule.1', 's2', { due: '2027-02-02' }, later);
    expect(a.responses['strategy.rule.1']?.nextSteps[0]).toEqual({ ...step('s2', 'Write the problem statement', 'Eleni', '2027-02-02'), updatedAt: later });
  });

  it('leaves an unknown step alone', () => {
    expect(patchNextStep(plan, 'strategy.rule.1', 'nope', { owner: 'x' }, now)).toBe(plan);
  });
});
