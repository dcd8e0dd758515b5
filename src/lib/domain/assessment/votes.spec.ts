import { describe, expect, it } from 'vitest';
import { createAssessment } from './factory';
import { addVote, normaliseTally, noteDissent, removeVote, resetVotes, setVotes, tallySummary, voteShares } from './votes';
import type { VoteTally } from './types';

const now = '2026-11-23T10:00:00.000Z';
const later = '2026-11-23T10:05:00.000Z';
const makeAssessment = () => createAssessment({ serviceName: 'Childminder finder' }, 'a1', now);
const tally = (ns: number, p: number, l: number, f: number): VoteTally => ({ 'not-started': ns, partly: p, largely: l, fully: f });

describe('addVote / removeVote / resetVotes', () => {
  it('counts each tap as one anonymous vote and stamps the change', () => {
    let a = addVote(makeAssessment(), 'strategy.rule.1', 'largely', later);
    a = addVote(a, 'strategy.rule.1', 'largely', later);
    a = addVote(a, 'strategy.rule.1', 'partly', later);
    expect(a.responses['strategy.rule.1']?.votes).toEqual(tally(0, 1, 2, 0));
    expect(a.responses['strategy.rule.1']?.updatedAt).toBe(later);
    expect(a.updatedAt).toBe(later);
  });

  it('never lets a count fall below zero', () => {
    const a = removeVote(makeAssessment(), 'strategy.rule.1', 'fully', later);
    expect(a.responses['strategy.rule.1']?.votes.fully).toBe(0);
  });

  it('takes one vote away from one level only', () => {
    let a = addVote(makeAssessment(), 'design.rule.2', 'fully', now);
    a = addVote(a, 'design.rule.2', 'fully', now);
    a = addVote(a, 'design.rule.2', 'partly', now);
    a = removeVote(a, 'design.rule.2', 'fully', later);
    expect(a.responses['design.rule.2']?.votes).toEqual(tally(0, 1, 0, 1));
  });

  it('sets the whole tally from the vote cards, replacing what was counted, and keeps the minority view', () => {
    let a = addVote(makeAssessment(), 'strategy.rule.1', 'partly', now);
    a = noteDissent(a, 'strategy.rule.1', 'Two saw it otherwise', now);
    a = setVotes(a, 'strategy.rule.1', tally(1, 0, 3, 2), later);
    expect(a.responses['strategy.rule.1']).toMatchObject({ votes: tally(1, 0, 3, 2), dissent: 'Two saw it otherwise', updatedAt: later });
    expect(setVotes(a, 'strategy.rule.1', { ...tally(0, 0, 0, 1), partly: -2 }, later).responses['strategy.rule.1']?.votes).toEqual(tally(0, 0, 0, 1));
  });

  it('resets all votes of a rule and keeps its rating and note', () => {
    let a = addVote(makeAssessment(), 'strategy.rule.1', 'partly', now);
    a = { ...a, responses: { ...a.responses, 'strategy.rule.1': { ...a.responses['strategy.rule.1']!, rating: 'partly', note: 'kept' } } };
    a = resetVotes(a, 'strategy.rule.1', later);
    expect(a.responses['strategy.rule.1']).toMatchObject({ votes: tally(0, 0, 0, 0), rating: 'partly', note: 'kept' });
  });

  it('leaves the input untouched', () => {
    const a = makeAssessment();
    const copy = structuredClone(a);
    addVote(a, 'strategy.rule.1', 'fully', later);
    expect(a).toEqual(copy);
  });

  it('repairs a stored tally with missing or broken counts before counting', () => {
    const a = makeAssessment();
    const broken = {
      ...a,
      responses: {
        'strategy.rule.1': {
          ...addVote(a, 'strategy.rule.1', 'fully', now).responses['strategy.rule.1']!,
          votes: { fully: -3, partly: 2.7 } as unknown as VoteTally
        }
      }
    };
    expect(addVote(broken, 'strategy.rule.1', 'fully', later).responses['strategy.rule.1']?.votes).toEqual(tally(0, 2, 0, 1));
  });
});

describe('tallySummary', () => {
  it('has no suggestion without votes', () => {
    expect(tallySummary(tally(0, 0, 0, 0))).toEqual({ total: 0, mode: [], median: null, spread: 0, agreement: null, suggested: null });
    expect(tallySummary(undefined).total).toBe(0);
  });

  it.each<[string, VoteTally, Partial<ReturnType<typeof tallySummary>>]>([
    ['one level only', tally(0, 0, 5, 0), { total: 5, mode: ['largely'], median: 'largely', spread: 0, agreement: 'unanimous', suggested: 'largely' }],
    ['neighbouring levels', tally(0, 2, 3, 0), { total: 5, mode: ['largely'], median: 'largely', spread: 1, agreement: 'close' }],
    ['far apart', tally(2, 0, 0, 3), { total: 5, mode: ['fully'], median: 'fully', spread: 3, agreement: 'divided' }],
    ['a tie', tally(0, 2, 2, 0), { total: 4, mode: ['partly', 'largely'], median: 'partly', agreement: 'close' }],
    ['one outlier', tally(1, 0, 6, 1), { median: 'largely', suggested: 'largely', spread: 3, agreement: 'divided' }],
    ['even count takes the lower middle', tally(0, 0, 3, 3), { median: 'largely' }],
    ['median differs from mode', tally(3, 0, 2, 2), { mode: ['not-started'], median: 'largely' }]
  ])('summarises %s', (_name, votes, expected) => {
    expect(tallySummary(votes)).toMatchObject(expected);
  });
});

describe('voteShares', () => {
  it('gives each level its rounded share', () => {
    expect(voteShares(tally(1, 1, 1, 0))).toEqual(tally(33, 33, 33, 0));
    expect(voteShares(tally(0, 0, 0, 0))).toEqual(tally(0, 0, 0, 0));
    expect(normaliseTally({ fully: 2 })).toEqual(tally(0, 0, 0, 2));
  });
});

describe('noteDissent', () => {
  it('records the minority view, and blank text removes it rather than keeping an empty one', () => {
    let a = noteDissent(makeAssessment(), 'strategy.rule.1', 'Two of us think it is only partly done', later);
    expect(a.responses['strategy.rule.1']?.dissent).toBe('Two of us think it is only partly done');
    expect(a.responses['strategy.rule.1']?.updatedAt).toBe(later);
    a = noteDissent(a, 'strategy.rule.1', '   ', later);
    expect(a.responses['strategy.rule.1']).not.toHaveProperty('dissent');
  });

  it('is cleared with the votes it was about', () => {
    let a = addVote(makeAssessment(), 'strategy.rule.1', 'fully', now);
    a = noteDissent(a, 'strategy.rule.1', 'Not everyone agrees', now);
    a = resetVotes(a, 'strategy.rule.1', later);
    expect(a.responses['strategy.rule.1']).not.toHaveProperty('dissent');
    expect(a.responses['strategy.rule.1']?.votes).toEqual(tally(0, 0, 0, 0));
  });
});
