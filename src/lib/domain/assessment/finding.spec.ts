import { describe, expect, it } from 'vitest';
import { createAssessment } from './factory';
import { rate, setActionDone } from './edits';
import { allTags, emptyQuery, findAssessments, foldForSearch, normaliseTag, statusOf, type ListQuery } from './finding';
import { summarize } from './summary';
import type { Assessment } from './types';

const makeAssessment = (id: string, over: Partial<Assessment> = {}): Assessment => ({
  ...createAssessment({ serviceName: id }, id, '2026-01-01T00:00:00.000Z'),
  ...over
});

const list = [
  makeAssessment('Parking permits', { organisation: 'Δήμος Πατρέων', tags: ['municipality', 'transport'], updatedAt: '2026-03-01T00:00:00.000Z' }),
  makeAssessment('Birth certificates', { organisation: 'Câmara Municipal de Évora', tags: ['civil status'], updatedAt: '2026-05-01T00:00:00.000Z' }),
  makeAssessment('Άδειες στάθμευσης', {
    organisation: 'Municipality of Patras',
    tags: ['municipality'],
    updatedAt: '2026-04-01T00:00:00.000Z',
    closedAt: '2026-04-02T00:00:00.000Z'
  })
].map(summarize);
const names = (q: Partial<ListQuery>) => findAssessments(list, { ...emptyQuery, ...q }).map((a) => a.serviceName);

describe('statusOf', () => {
  it('calls an untouched assessment not started', () => {
    expect(statusOf(summarize(makeAssessment('a')))).toBe('not-started');
  });
  it('calls it in progress once a rule is rated or an action ticked', () => {
    expect(statusOf(summarize(rate(makeAssessment('a'), 'design.rule.1', 'partly', '2026-01-02T00:00:00.000Z')))).toBe('in-progress');
    expect(statusOf(summarize(setActionDone(makeAssessment('a'), 'design.action.1', true, '2026-01-02T00:00:00.000Z')))).toBe('in-progress');
  });
  it('calls it closed once the workshop was closed', () => {
    expect(statusOf(summarize(makeAssessment('a', { closedAt: '2026-01-03T00:00:00.000Z' })))).toBe('closed');
  });
});

describe('findAssessments', () => {
  it('lists the most recently changed first by default', () => {
    expect(names({})).toEqual(['Birth certificates', 'Άδειες στάθμευσης', 'Parking permits']);
  });
  it('sorts by name on request', () => {
    expect(names({ sort: 'name' })).toEqual(['Birth certificates', 'Parking permits', 'Άδειες στάθμευσης']);
  });
  it.each([
    ['service name', 'parking', ['Parking permits']],
    ['organisation without accents', 'δημος', ['Parking permits']],
    ['organisation with accents typed plain', 'evora', ['Birth certificates']],
    ['Greek name without accents', 'αδειες', ['Άδειες στάθμευσης']],
    ['a tag', 'transport', ['Parking permits']],
    ['every word', 'municipal patras', ['Άδειες στάθμευσης']],
    ['nothing that matches', 'zzz', []]
  ])('searches by %s', (_what, text, expected) => {
    expect(names({ text, sort: 'name' })).toEqual(expected);
  });
  it('finds a summary stored without its search text (written by hand) all the same', () => {
    const { searchText: _stored, ...bare } = list[0];
    const found = findAssessments([bare as (typeof list)[number]], { ...emptyQuery, text: 'δημος' });
    expect(found.map((a) => a.serviceName)).toEqual(['Parking permits']);
  });
  it('searches the text each summary stores, folded once when it was written', () => {
    expect(list[0].searchText).toBe('parking permits δημος πατρεων municipality transport');
    const stale = { ...list[1], searchText: 'nothing else' };
    expect(findAssessments([stale], { ...emptyQuery, text: 'evora' })).toEqual([]);
    expect(findAssessments([stale], { ...emptyQuery, text: 'else' })).toEqual([stale]);
  });
  it('filters by tag and by status', () => {
    expect(names({ tag: 'municipality', sort: 'name' })).toEqual(['Parking permits', 'Άδειες στάθμευσης']);
    expect(names({ status: 'closed' })).toEqual(['Άδειες στάθμευσης']);
    expect(names({ status: 'not-started', tag: 'municipality' })).toEqual(['Parking permits']);
  });
  it('leaves the list it was given in its order', () => {
    const before = list.map((a) => a.id);
    findAssessments(list, { ...emptyQuery, sort: 'name' });
    expect(list.map((a) => a.id)).toEqual(before);
  });
  it('finds every match among 1,000 assessments, in name order', () => {
    const many = Array.from({ length: 1000 }, (_, i) => summarize(makeAssessment(`Service ${i}`, { tags: [`t${i % 7}`] })));
    const found = findAssessments(many, { ...emptyQuery, text: 'service 99', tag: 't1', sort: 'name' });
    const expected = many.filter((a, i) => i % 7 === 1 && a.serviceName.includes('99')).map((a) => a.serviceName);
    expect(found.map((a) => a.serviceName)).toEqual(expected.sort((x, y) => x.localeCompare(y, 'en', { numeric: true })));
  });
});

describe('tags', () => {
  it('lists each tag once, alphabetically', () => {
    expect(allTags(list)).toEqual(['civil status', 'municipality', 'transport']);
  });
  it('tidies a typed tag', () => {
    expect(normaliseTag('  service   area ')).toBe('service area');
    expect(normaliseTag('   ')).toBe('');
    expect(normaliseTag('x'.repeat(80))).toHaveLength(50);
  });
  it('folds case and accents for search', () => {
    expect(foldForSearch('Άδειες ΣΤΆΘΜΕΥΣΗΣ Évora')).toBe('αδειες σταθμευσης evora');
  });
});
