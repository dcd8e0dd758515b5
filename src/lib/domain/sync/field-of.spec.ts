import { describe, expect, it } from 'vitest';
import { fieldOf } from './field-of';

describe('fieldOf', () => {
  it.each([
    ['d:serviceName', { kind: 'detail', field: 'serviceName' }],
    ['r:strategy.rule.1:rating', { kind: 'rating', ruleId: 'strategy.rule.1' }],
    ['r:design.rule.2:votes', { kind: 'votes', ruleId: 'design.rule.2' }],
    ['r:design.rule.2:step:id:with:colons', { kind: 'step', ruleId: 'design.rule.2', id: 'id:with:colons' }],
    ['r:design.rule.2:link:x&y#z', { kind: 'link', ruleId: 'design.rule.2', id: 'x&y#z' }],
    ['a:strategy.action.2', { kind: 'action', actionId: 'strategy.action.2' }],
    ['p:p-1', { kind: 'participant', id: 'p-1' }],
    ['pl:pl-1', { kind: 'parking', id: 'pl-1' }],
    ['t:a:b', { kind: 'tag', tag: 'a:b' }]
  ])('reads %s', (key, ref) => {
    expect(fieldOf(key)).toEqual(ref);
  });
});
