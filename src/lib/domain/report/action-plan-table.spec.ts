import { describe, expect, it } from 'vitest';
import { collectActionPlan } from '../assessment/action-plan';
import { putNextStep } from '../assessment/edits';
import { createAssessment } from '../assessment/factory';
import { actionPlanTable, safeFileName } from './action-plan-table';

const now = '2026-11-23T10:00:00.000Z';

describe('actionPlanTable', () => {
  it('writes a header and one row per step, with labels from the caller', () => {
    const a = putNextStep(
      createAssessment({ serviceName: 'x' }, 'a1', now),
      'design.rule.2',
      { id: 's1', text: 'Καταργήστε τη σφραγίδα', owner: ' Μαρία ', due: '2027-01-15', status: 'in-progress', updatedAt: now },
      's1',
      now
    );
    const rows = actionPlanTable(collectActionPlan(a), {
      headers: { stage: 'Stage', rule: 'Rule', step: 'Step', owner: 'Owner', due: 'Due', status: 'Status' },
      stage: (id) => id.toUpperCase(),
      rule: (id) => `rule ${id}`,
      status: (s) => `<${s}>`
    });
    expect(rows).toEqual([
      ['Stage', 'Rule', 'Step', 'Owner', 'Due', 'Status'],
      ['DESIGN', 'rule design.rule.2', 'Καταργήστε τη σφραγίδα', 'Μαρία', '2027-01-15', '<in-progress>']
    ]);
  });
});

describe('safeFileName', () => {
  it.each([
    ['Εύρεση παιδοκόμου', 'Εύρεση παιδοκόμου'],
    ['A/B: "test"?', 'A B test'],
    ['  dots...  ', 'dots'],
    ['', 'Tessera'],
    ['x'.repeat(80), 'x'.repeat(60)]
  ])('makes %j into %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});
