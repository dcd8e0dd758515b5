import { describe, expect, it } from 'vitest';
import { createAssessment } from './factory';
import { rate, setActionDone } from './edits';
import { addParkingItem } from './parking-lot';
import { progressOf, scoreOf } from './scoring';
import { summarize } from './summary';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();

describe('summarize', () => {
  it('carries what the list shows, with progress and score worked out', () => {
    let a = createAssessment({ serviceName: 'Parking permits', organisation: 'Δήμος Πατρέων', tags: ['transport'], workshopDate: '2026-11-20' }, 'id-1', at(1));
    a = rate(a, 'strategy.rule.1', 'fully', at(2));
    a = setActionDone(a, 'design.action.1', true, at(3));
    const s = summarize(a);
    expect(s).toMatchObject({
      id: 'id-1',
      serviceName: 'Parking permits',
      organisation: 'Δήμος Πατρέων',
      tags: ['transport'],
      workshopDate: '2026-11-20',
      updatedAt: at(3),
      closedAt: null
    });
    expect(s.progress).toEqual(progressOf(a));
    expect(s.scorePercent).toBe(scoreOf(a).percent);
  });

  it('lists every recorded moment once, oldest first, in ms', () => {
    let a = createAssessment({ serviceName: 'x' }, 'id-1', at(1));
    a = rate(a, 'design.rule.1', 'partly', at(5));
    a = setActionDone(a, 'strategy.action.1', true, at(3));
    a = rate(a, 'strategy.rule.2', 'largely', at(3));
    expect(summarize(a).changeTimes).toEqual([at(1), at(3), at(5)].map(Date.parse));
  });

  it('includes parking-lot items and leaves out unreadable times', () => {
    let a = createAssessment({ serviceName: 'x' }, 'id-1', at(1));
    a = addParkingItem(a, 'p1', 'Later', null, at(4));
    const s = summarize({ ...a, createdAt: 'not a time' });
    expect(s.changeTimes).toEqual([at(4)].map(Date.parse));
  });

  it('does not share the tags array with the assessment', () => {
    const a = createAssessment({ serviceName: 'x', tags: ['a'] }, 'id-1', at(1));
    expect(summarize(a).tags).not.toBe(a.tags);
  });
});
