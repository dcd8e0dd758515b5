import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../exchange/test-assessments';
import type { Assessment, NextStep } from './types';
import { hasUniqueKeys, withUniqueKeys } from './unique-keys';

const step = (id: string, text: string): NextStep => ({ id, text, owner: '', due: '', status: 'open', updatedAt: '2026-11-20T09:00:00.000Z' });

/** The assessment with these next steps on two rules (and their responses otherwise as they are). */
function withSteps(a: Assessment, first: NextStep[], second: NextStep[]): Assessment {
  const r1 = a.responses['strategy.rule.1']!;
  const r2 = a.responses['design.rule.2']!;
  return { ...a, responses: { ...a.responses, 'strategy.rule.1': { ...r1, nextSteps: first }, 'design.rule.2': { ...r2, nextSteps: second } } };
}

describe('withUniqueKeys', () => {
  it('returns the assessment itself when nothing repeats', () => {
    const a = makeAssessment();
    expect(hasUniqueKeys(a)).toBe(true);
    expect(withUniqueKeys(a)).toBe(a);
  });

  it('drops a tag listed twice, keeping the order', () => {
    expect(withUniqueKeys(makeAssessment({ tags: ['δήμος', 'άδειες', 'δήμος'] })).tags).toEqual(['δήμος', 'άδειες']);
  });

  it('renames a next-step id used on two rules, keeping both steps', () => {
    const a = withSteps(makeAssessment(), [step('ns-1', 'Call the port')], [step('ns-1', 'Write the guide')]);
    const out = withUniqueKeys(a);
    expect(out.responses['strategy.rule.1']!.nextSteps).toEqual([step('ns-1', 'Call the port')]);
    expect(out.responses['design.rule.2']!.nextSteps).toEqual([step('ns-1~2', 'Write the guide')]);
    expect(hasUniqueKeys(out)).toBe(true);
  });

  it('never renames onto an id that is already there', () => {
    const a = withSteps(makeAssessment(), [step('ns-1', 'a'), step('ns-1~2', 'b')], [step('ns-1', 'c')]);
    const ids = Object.values(withUniqueKeys(a).responses).flatMap((r) => r!.nextSteps.map((s) => s.id));
    expect(ids).toEqual(['ns-1', 'ns-1~2', 'ns-1~3']);
  });

  it('renames repeated evidence links, participants and parking-lot items', () => {
    const a = makeAssessment();
    const r1 = a.responses['strategy.rule.1']!;
    const twice = {
      ...a,
      participants: [a.participants[0], { ...a.participants[0], name: 'Άλλος' }],
      parkingLot: [
        { id: 'pl', text: 'a', ruleId: null, resolved: false, createdAt: a.createdAt },
        { id: 'pl', text: 'b', ruleId: null, resolved: false, createdAt: a.createdAt }
      ],
      responses: { ...a.responses, 'strategy.rule.1': { ...r1, evidence: [r1.evidence[0], { ...r1.evidence[0], label: 'copy' }] } }
    };
    const out = withUniqueKeys(twice);
    expect(out.participants.map((p) => [p.id, p.name])).toEqual([
      ['p-1', 'Νίκος Γεωργίου'],
      ['p-1~2', 'Άλλος']
    ]);
    expect(out.parkingLot.map((i) => [i.id, i.text])).toEqual([
      ['pl', 'a'],
      ['pl~2', 'b']
    ]);
    expect(out.responses['strategy.rule.1']!.evidence.map((e) => e.id)).toEqual(['e-1', 'e-1~2']);
  });

  it('gives the same ids every time, so an edit by a renamed id finds its item', () => {
    const a = withSteps(makeAssessment(), [step('ns-1', 'a')], [step('ns-1', 'b')]);
    expect(withUniqueKeys(a)).toEqual(withUniqueKeys(structuredClone(a)));
  });

  it('leaves frozen input untouched', () => {
    const a = Object.freeze(withSteps(makeAssessment({ tags: ['x', 'x'] }), [step('ns-1', 'a')], [step('ns-1', 'b')]));
    const before = structuredClone(a);
    withUniqueKeys(a);
    expect(a).toEqual(before);
  });
});
