import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { putNextStep, rate, setActionDone, updateResponse } from '../assessment/edits';
import type { Assessment, NextStep } from '../assessment/types';
import { mergeAssessments } from './merge';
import { parseExport } from './parse';
import { serializeExport, toJson } from './serialize';
import { arbitraryAssessment, arbitraryVersionPair } from './test-arbitraries';
import { makeAssessment } from './test-assessments';

const at = (hour: number) => `2026-11-21T${String(hour).padStart(2, '0')}:00:00.000Z`;
const step = (id: string, text: string): NextStep => ({ id, text, owner: '', due: '', status: 'open', updatedAt: '' });
const base = makeAssessment();

describe('mergeAssessments', () => {
  it('keeps the newer answer to each rule', () => {
    const mine = rate(base, 'strategy.rule.1', 'fully', at(10));
    const theirs = rate(rate(base, 'strategy.rule.1', 'partly', at(9)), 'design.rule.1', 'partly', at(11));
    const merged = mergeAssessments(mine, theirs);
    expect(merged.responses['strategy.rule.1']?.rating).toBe('fully');
    expect(merged.responses['design.rule.1']?.rating).toBe('partly');
  });

  it('unites next steps of both sides, the newer version of a step winning', () => {
    const mine = putNextStep(base, 'strategy.rule.1', step('s-1', 'edited later'), 's-1', at(12));
    const theirs = putNextStep(
      putNextStep(base, 'strategy.rule.1', step('s-1', 'edited earlier'), 's-1', at(10)),
      'strategy.rule.1',
      step('s-2', 'added there'),
      's-2',
      at(13)
    );
    const steps = mergeAssessments(mine, theirs).responses['strategy.rule.1']?.nextSteps;
    expect(steps?.map((s) => [s.id, s.text])).toEqual([
      ['s-1', 'edited later'],
      ['s-2', 'added there']
    ]);
  });

  it('unites evidence links by id', () => {
    const link = { id: 'e-2', url: 'https://example.gr/b', label: 'B' };
    const theirs = updateResponse(base, 'strategy.rule.1', (r) => ({ evidence: [...r.evidence, link] }), at(8));
    const merged = mergeAssessments(rate(base, 'strategy.rule.1', 'fully', at(12)), theirs);
    expect(merged.responses['strategy.rule.1']?.evidence.map((e) => e.id)).toEqual(['e-1', 'e-2']);
  });

  it('keeps the newer state of each action', () => {
    const mine = setActionDone(base, 'strategy.action.2', false, at(12));
    const theirs = setActionDone(setActionDone(base, 'strategy.action.2', true, at(10)), 'design.action.1', true, at(14));
    const merged = mergeAssessments(mine, theirs);
    expect(merged.actions['strategy.action.2']?.done).toBe(false);
    expect(merged.actions['design.action.1']?.done).toBe(true);
  });

  it('takes the details from the newer assessment and spans both lifetimes', () => {
    const older: Assessment = { ...base, serviceName: 'Old name', createdAt: at(1), updatedAt: at(5) };
    const newer: Assessment = { ...base, serviceName: 'New name', tags: [], createdAt: at(2), updatedAt: at(6) };
    const merged = mergeAssessments(older, newer);
    expect(merged).toMatchObject({ serviceName: 'New name', tags: [], createdAt: at(1), updatedAt: at(6) });
  });

  it('unites parking-lot items by id', () => {
    const item = { id: 'pl-2', text: 'Άλλο θέμα', ruleId: null, resolved: false, createdAt: at(3) };
    const merged = mergeAssessments(base, { ...base, parkingLot: [...base.parkingLot, item], updatedAt: at(20) });
    expect(merged.parkingLot.map((p) => p.id)).toEqual(['pl-1', 'pl-2']);
  });

  it('does not change its inputs', () => {
    const [a, b] = [rate(base, 'strategy.rule.1', 'fully', at(10)), rate(base, 'design.rule.3', 'partly', at(11))];
    const [copyA, copyB] = [structuredClone(a), structuredClone(b)];
    mergeAssessments(a, b);
    expect([a, b]).toEqual([copyA, copyB]);
  });
});

describe('mergeAssessments, for any two versions', () => {
  it('gives the same result whichever comes first', () => {
    fc.assert(
      fc.property(arbitraryVersionPair(), ([a, b]) => {
        expect(mergeAssessments(a, b)).toEqual(mergeAssessments(b, a));
      })
    );
  });

  it('gives the same result whichever comes first, even when every timestamp ties', () => {
    const stampAll = (a: Assessment): Assessment => {
      const json = JSON.stringify(a).replace(/"updatedAt":"[^"]*"/g, `"updatedAt":"${at(7)}"`);
      return JSON.parse(json) as Assessment;
    };
    fc.assert(
      fc.property(arbitraryVersionPair(), ([a, b]) => {
        const [x, y] = [stampAll(a), stampAll(b)];
        expect(mergeAssessments(x, y)).toEqual(mergeAssessments(y, x));
      })
    );
  });

  it('gives back the same assessment when merged with itself', () => {
    fc.assert(
      fc.property(arbitraryAssessment(), (a) => {
        expect(mergeAssessments(a, a)).toEqual(a);
        expect(mergeAssessments(a, structuredClone(a))).toEqual(a);
      })
    );
  });

  it('loses no next step of either side', () => {
    const stepIds = (a: Assessment) =>
      new Set(Object.entries(a.responses).flatMap(([rule, r]) => (r?.nextSteps ?? []).map((s) => `${rule}/${s.id}`)));
    fc.assert(
      fc.property(arbitraryVersionPair(), ([a, b]) => {
        const merged = stepIds(mergeAssessments(a, b));
        expect(merged).toEqual(new Set([...stepIds(a), ...stepIds(b)]));
      })
    );
  });

  it('produces an assessment that exports and imports cleanly', () => {
    fc.assert(
      fc.property(arbitraryVersionPair(), ([a, b]) => {
        const text = toJson(serializeExport([mergeAssessments(a, b)], { appVersion: 't', now: at(0) }));
        expect(parseExport(text).ok).toBe(true);
      }),
      { numRuns: 30 }
    );
  });
});
