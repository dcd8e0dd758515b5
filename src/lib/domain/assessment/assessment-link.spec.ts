import { describe, expect, it } from 'vitest';
import { assessmentQuery, compareQuery } from './assessment-link';

/** What a page reads back from a link: its query parameters and fragment, as the browser parses them. */
const read = (query: string) => {
  const url = new URL(`https://tessera.test/assessment/stage${query}`);
  return { params: Object.fromEntries(url.searchParams), hash: decodeURIComponent(url.hash.slice(1)) };
};

const hostileIds = [
  'x&stage=design#',
  '4f0c2b1e-7a5d-4c8e-9b61-2d3f8a9e1c07&x=1',
  'a b+c',
  '100%25 sure',
  '?id=other',
  '#top',
  'δήμος/ηρακλείου',
  '\u202eevil',
  ''
];

describe('assessmentQuery', () => {
  it.each(hostileIds)('gives back the id %j exactly, and nothing else', (id) => {
    expect(read(assessmentQuery(id))).toEqual({ params: { id }, hash: '' });
  });

  it.each(hostileIds)('keeps the other parameters and fragment apart from the id %j', (id) => {
    expect(read(assessmentQuery(id, { stage: 'strategy' }, 'strategy-rule-1'))).toEqual({
      params: { id, stage: 'strategy' },
      hash: 'strategy-rule-1'
    });
  });

  it('never lets an extra parameter replace the id', () => {
    expect(read(assessmentQuery('a', { id: 'b', rule: 'strategy.rule.1' })).params).toEqual({ id: 'a', rule: 'strategy.rule.1' });
  });

  it('writes ordinary ids as they are', () => {
    expect(assessmentQuery('4f0c2b1e-7a5d', { stage: 'design' })).toBe('?id=4f0c2b1e-7a5d&stage=design');
  });
});

describe('compareQuery', () => {
  it('gives back both ids exactly', () => {
    const url = new URL(`https://tessera.test/compare${compareQuery('x&b=y#', 'z?a=1')}`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ a: 'x&b=y#', b: 'z?a=1' });
    expect(url.hash).toBe('');
  });

  it('leaves the second out until it is chosen', () => {
    expect(compareQuery('a b')).toBe('?a=a+b');
  });
});
