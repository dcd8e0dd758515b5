import { describe, expect, it } from 'vitest';
import { putNextStep, responseOf } from './edits';
import { createAssessment } from './factory';
import type { NextStep } from './types';

const created = '2026-11-23T09:00:00.000Z';
const at = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`;
const rule = 'strategy.rule.1';
const step: NextStep = { id: 's-1', text: '', owner: '', due: '', status: 'open', updatedAt: created };
const base = putNextStep(createAssessment({ serviceName: 'Bus passes' }, 'a-1', created), rule, step, 's-1', at(0));
const steps = (a: typeof base) => responseOf(a, rule).nextSteps;

describe('putNextStep', () => {
  it('adds a complete new step, stamped with the time', () => {
    expect(steps(base)).toEqual([{ ...step, updatedAt: at(0) }]);
  });

  it('keeps a field saved just before, when the next save carries only its own field', () => {
    const withText = putNextStep(base, rule, { text: 'Interview five pass holders' }, 's-1', at(1));
    const withOwner = putNextStep(withText, rule, { owner: 'Joana' }, 's-1', at(2));
    expect(steps(withOwner)).toEqual([{ ...step, text: 'Interview five pass holders', owner: 'Joana', updatedAt: at(2) }]);
  });

  it('drops a late change to a step that was removed meanwhile, instead of bringing it back', () => {
    const removed = putNextStep(base, rule, null, 's-1', at(1));
    expect(steps(removed)).toEqual([]);
    expect(putNextStep(removed, rule, { owner: 'Joana' }, 's-1', at(2))).toBe(removed);
  });

  it('keeps the other steps and their order', () => {
    const two = putNextStep(base, rule, { ...step, id: 's-2', text: 'second' }, 's-2', at(1));
    const edited = putNextStep(two, rule, { status: 'done' }, 's-1', at(2));
    expect(steps(edited).map((s) => [s.id, s.status])).toEqual([
      ['s-1', 'done'],
      ['s-2', 'open']
    ]);
  });
});
