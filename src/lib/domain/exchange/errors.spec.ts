import { describe, expect, it } from 'vitest';
import { describeErrorPath } from './errors';
import { errorPathOf, showValue } from './issue-to-error';
import { checkFileSize, MAX_FILE_BYTES } from './limits';

describe('describeErrorPath', () => {
  it('lists the parts of a location outermost first', () => {
    expect(describeErrorPath({ assessment: 2, ruleId: 'strategy.rule.3', field: 'rating' })).toEqual([
      { kind: 'assessment', n: 2 },
      { kind: 'rule', id: 'strategy.rule.3' },
      { kind: 'field', name: 'rating' }
    ]);
  });

  it('has no parts for an error about the whole file', () => {
    expect(describeErrorPath({})).toEqual([]);
  });

  it('names an action', () => {
    expect(describeErrorPath({ assessment: 1, actionId: 'design.action.2' })).toEqual([
      { kind: 'assessment', n: 1 },
      { kind: 'action', id: 'design.action.2' }
    ]);
  });
});

describe('errorPathOf', () => {
  it.each<[unknown[], object]>([
    [['assessments', 1, 'responses', 'strategy.rule.3', 'rating'], { assessment: 2, ruleId: 'strategy.rule.3', field: 'rating' }],
    [['assessments', 0, 'responses', 'design.rule.1', 'nextSteps', 0, 'due'], { assessment: 1, ruleId: 'design.rule.1', field: 'nextSteps.1.due' }],
    [['assessments', 4, 'actions', 'design.action.2', 'done'], { assessment: 5, actionId: 'design.action.2', field: 'done' }],
    [['assessments', 0, 'parkingLot', 2, 'text'], { assessment: 1, field: 'parkingLot.3.text' }],
    [['app', 'version'], { field: 'app.version' }],
    [[], {}]
  ])('reads %j', (keys, expected) => {
    expect(errorPathOf(keys)).toEqual(expected);
  });
});

describe('showValue', () => {
  it.each<[unknown, string]>([
    ['maybe', 'maybe'],
    [3, '3'],
    [null, 'null'],
    [undefined, ''],
    [[1, 2], '[…]'],
    [{ a: 1 }, '{…}'],
    ['α'.repeat(61), `${'α'.repeat(60)}…`]
  ])('shows %j as %j', (value, shown) => {
    expect(showValue(value)).toBe(shown);
  });
});

describe('checkFileSize', () => {
  it('lets a file up to 200 MB through, room for a backup with photos', () => {
    expect(checkFileSize(0)).toBeNull();
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
  });

  it('refuses a larger file, saying how large it is', () => {
    expect(checkFileSize(MAX_FILE_BYTES + 1)).toEqual({
      code: 'too-large',
      params: { size: MAX_FILE_BYTES + 1, max: 200 * 1024 * 1024 },
      path: {}
    });
  });
});
