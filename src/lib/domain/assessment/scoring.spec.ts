import { describe, expect, it } from 'vitest';
import { createAssessment } from './factory';
import { rate, setActionDone } from './edits';
import { progressOf, scoreOf, scoreStage } from './scoring';
import type { Assessment, Rating } from './types';
import type { RuleId } from '../methodology/types';

const now = '2026-11-23T10:00:00.000Z';
const makeAssessment = (ratings: Partial<Record<RuleId, Rating>> = {}): Assessment =>
  Object.entries(ratings).reduce(
    (a, [rule, rating]) => rate(a, rule as RuleId, rating as Rating, now),
    createAssessment({ serviceName: 'Childminder finder' }, 'a1', now)
  );

describe('progressOf', () => {
  it('counts no rated rules on a new assessment', () => {
    expect(progressOf(makeAssessment())).toEqual({ rated: 0, total: 26, actionsDone: 0, actionsTotal: 21 });
  });

  it('counts N/A as rated progress within a stage', () => {
    const a = makeAssessment({ 'strategy.rule.1': 'fully', 'strategy.rule.2': 'not-applicable', 'design.rule.1': 'partly' });
    expect(progressOf(a, 'strategy')).toMatchObject({ rated: 2, total: 7 });
    expect(progressOf(a, 'operation')).toMatchObject({ rated: 0, total: 5 });
    expect(progressOf(a)).toMatchObject({ rated: 3, total: 26 });
  });

  it('counts ticked actions', () => {
    const a = setActionDone(makeAssessment(), 'design.action.2', true, now);
    expect(progressOf(a, 'design')).toMatchObject({ actionsDone: 1, actionsTotal: 6 });
    expect(progressOf(setActionDone(a, 'design.action.2', false, now), 'design').actionsDone).toBe(0);
  });

  it('stops counting a rule whose rating is cleared', () => {
    const a = rate(makeAssessment({ 'strategy.rule.1': 'fully' }), 'strategy.rule.1', null, now);
    expect(progressOf(a).rated).toBe(0);
  });
});

describe('scoreOf', () => {
  it.each<[string, Partial<Record<RuleId, Rating>>, number | null]>([
    ['no ratings', {}, null],
    ['only N/A', { 'strategy.rule.1': 'not-applicable' }, null],
    ['one fully', { 'strategy.rule.1': 'fully' }, 100],
    ['one not started', { 'strategy.rule.1': 'not-started' }, 0],
    ['partly and largely', { 'strategy.rule.1': 'partly', 'strategy.rule.2': 'largely' }, 50],
    ['N/A left out', { 'strategy.rule.1': 'fully', 'strategy.rule.2': 'not-applicable' }, 100],
    ['thirds round', { 'strategy.rule.1': 'partly' }, 33]
  ])('scores %s', (_name, ratings, expected) => {
    expect(scoreStage(makeAssessment(ratings), 'strategy').percent).toBe(expected);
  });

  it('reports how many rules counted and how many were N/A', () => {
    const a = makeAssessment({ 'strategy.rule.1': 'fully', 'design.rule.2': 'not-applicable', 'operation.rule.5': 'partly' });
    expect(scoreOf(a)).toEqual({ percent: 67, counted: 2, notApplicable: 1 });
  });

  it('scores each stage only from its own rules', () => {
    const a = makeAssessment({ 'strategy.rule.1': 'fully', 'design.rule.1': 'not-started' });
    expect(scoreStage(a, 'strategy').percent).toBe(100);
    expect(scoreStage(a, 'design').percent).toBe(0);
    expect(scoreStage(a, 'implementation').percent).toBeNull();
  });

  it('does not change the assessment it reads', () => {
    const a = makeAssessment({ 'strategy.rule.1': 'fully' });
    const copy = structuredClone(a);
    scoreOf(a);
    progressOf(a);
    expect(a).toEqual(copy);
  });
});
