import { describe, expect, it } from 'vitest';
import { createAssessment } from './factory';
import { addParkingItem, editParkingItem, openParkingItems, removeParkingItem, setParkingResolved } from './parking-lot';

const now = '2026-11-23T10:00:00.000Z';
const later = '2026-11-23T11:00:00.000Z';
const makeAssessment = () => createAssessment({ serviceName: 'Childminder finder' }, 'a1', now);

describe('parking lot', () => {
  it('adds trimmed points in order, linked to a rule or not', () => {
    let a = addParkingItem(makeAssessment(), 'p1', '  Ask legal about GDPR basis ', 'implementation.rule.4', later);
    a = addParkingItem(a, 'p2', 'Budget for 2027', null, later);
    expect(a.parkingLot).toEqual([
      { id: 'p1', text: 'Ask legal about GDPR basis', ruleId: 'implementation.rule.4', resolved: false, createdAt: later },
      { id: 'p2', text: 'Budget for 2027', ruleId: null, resolved: false, createdAt: later }
    ]);
    expect(a.updatedAt).toBe(later);
  });

  it('ignores a blank point', () => {
    const a = makeAssessment();
    expect(addParkingItem(a, 'p1', '   ', null, later)).toBe(a);
  });

  it('resolves, reopens, edits and removes a point', () => {
    let a = addParkingItem(makeAssessment(), 'p1', 'First', null, now);
    a = addParkingItem(a, 'p2', 'Second', null, now);
    a = setParkingResolved(a, 'p1', true, later);
    expect(openParkingItems(a).map((i) => i.id)).toEqual(['p2']);
    a = setParkingResolved(a, 'p1', false, later);
    expect(openParkingItems(a)).toHaveLength(2);
    a = editParkingItem(a, 'p2', 'Second, reworded', later);
    expect(a.parkingLot[1].text).toBe('Second, reworded');
    a = removeParkingItem(a, 'p1', later);
    expect(a.parkingLot.map((i) => i.id)).toEqual(['p2']);
  });

  it('removes a point whose text is cleared', () => {
    const a = editParkingItem(addParkingItem(makeAssessment(), 'p1', 'First', null, now), 'p1', ' ', later);
    expect(a.parkingLot).toEqual([]);
  });

  it('leaves the input untouched', () => {
    const a = addParkingItem(makeAssessment(), 'p1', 'First', null, now);
    const copy = structuredClone(a);
    setParkingResolved(a, 'p1', true, later);
    removeParkingItem(a, 'p1', later);
    expect(a).toEqual(copy);
  });
});
