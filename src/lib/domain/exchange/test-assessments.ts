import { createAssessment } from '../assessment/factory';
import { putNextStep, rate, setActionDone, updateResponse } from '../assessment/edits';
import type { Assessment } from '../assessment/types';
import { stampChanges } from '../sync/stamp';

/** A fixed moment for tests. */
export const testNow = '2026-11-23T10:00:00.000Z';

/** An edit saved the app's way: the change stamped into the clocks (domain/sync/stamp.ts). */
const saved = (a: Assessment, edited: (a: Assessment) => Assessment, now: string) => stampChanges(a, edited(a), now);

/** An assessment as format 1 and 2 files held it: without clocks. */
export function withoutClocks(a: Assessment): Omit<Assessment, 'clocks'> {
  const { clocks: _clocks, ...rest } = a;
  return rest;
}

/** A realistic assessment (Greek municipal service) with every kind of data filled in. */
export function makeAssessment(overrides: Partial<Assessment> = {}, id = 'a-1'): Assessment {
  let a = createAssessment(
    {
      serviceName: 'Βεβαίωση μόνιμης κατοικίας',
      organisation: 'Δήμος Πατρέων',
      description: 'Ηλεκτρονική αίτηση και έκδοση βεβαίωσης.',
      facilitator: 'Ελένη Παπαδοπούλου',
      participants: [{ id: 'p-1', name: 'Νίκος Γεωργίου', role: 'Προϊστάμενος ΚΕΠ' }],
      workshopDate: '2026-11-20',
      tags: ['δήμος', 'πιστοποιητικά']
    },
    id,
    '2026-11-20T08:00:00.000Z'
  );
  a = saved(a, (x) => rate(x, 'strategy.rule.1', 'largely', '2026-11-20T09:00:00.000Z'), '2026-11-20T09:00:00.000Z');
  a = saved(a, (x) => rate(x, 'design.rule.2', 'not-applicable', '2026-11-20T09:10:00.000Z'), '2026-11-20T09:10:00.000Z');
  a = saved(
    a,
    (x) => updateResponse(x, 'design.rule.2', () => ({ naReason: 'Δεν υπάρχει φυσικό γκισέ.' }), '2026-11-20T09:11:00.000Z'),
    '2026-11-20T09:11:00.000Z'
  );
  a = saved(
    a,
    (x) =>
      updateResponse(
        x,
        'strategy.rule.1',
        () => ({ evidence: [{ id: 'e-1', url: 'https://patras.example.gr/meleti', label: 'Μελέτη αναγκών' }] }),
        '2026-11-20T09:20:00.000Z'
      ),
    '2026-11-20T09:20:00.000Z'
  );
  a = saved(
    a,
    (x) =>
      putNextStep(
        x,
        'strategy.rule.1',
        { id: 's-1', text: 'Συνέντευξη με 5 πολίτες', owner: 'Νίκος', due: '2027-01-15', status: 'open', updatedAt: '' },
        's-1',
        '2026-11-20T09:30:00.000Z'
      ),
    '2026-11-20T09:30:00.000Z'
  );
  a = saved(a, (x) => setActionDone(x, 'strategy.action.2', true, '2026-11-20T09:40:00.000Z'), '2026-11-20T09:40:00.000Z');
  a = saved(
    a,
    (x) => ({
      ...x,
      parkingLot: [{ id: 'pl-1', text: 'Σύνδεση με το Κτηματολόγιο;', ruleId: null, resolved: false, createdAt: '2026-11-20T09:45:00.000Z' }]
    }),
    '2026-11-20T09:45:00.000Z'
  );
  return { ...a, ...overrides };
}
