import { describe, expect, it } from 'vitest';
import { rate } from '../assessment/edits';
import { createAssessment } from '../assessment/factory';
import { portfolioFacets, portfolioRows, portfolioTable, scoreBand } from './portfolio';

const now = '2026-12-01T10:00:00.000Z';
const parking = rate(
  createAssessment({ serviceName: 'Parking permits', organisation: 'City hall', tags: ['permits'] }, 'p', now),
  'strategy.rule.1',
  'fully',
  now
);
const library = createAssessment({ serviceName: 'Library cards', organisation: 'Region', tags: ['culture'] }, 'l', now);

describe('portfolio', () => {
  it('gives each service its score and progress per stage, by name', () => {
    const rows = portfolioRows([parking, library], { tag: '', organisation: '' });
    expect(rows.map((r) => r.serviceName)).toEqual(['Library cards', 'Parking permits']);
    expect(rows[1].stages.strategy).toMatchObject({ percent: 100, rated: 1 });
    expect(rows[1].stages.design).toMatchObject({ percent: null, rated: 0 });
  });

  it('filters by tag and by organisation', () => {
    expect(portfolioRows([parking, library], { tag: 'culture', organisation: '' }).map((r) => r.id)).toEqual(['l']);
    expect(portfolioRows([parking, library], { tag: '', organisation: 'City hall' }).map((r) => r.id)).toEqual(['p']);
    expect(portfolioRows([parking, library], { tag: 'culture', organisation: 'City hall' })).toEqual([]);
    expect(portfolioFacets([parking, library])).toEqual({ tags: ['culture', 'permits'], organisations: ['City hall', 'Region'] });
  });

  it('writes the table as CSV rows, an empty cell where nothing is rated', () => {
    const table = portfolioTable(portfolioRows([parking], { tag: '', organisation: '' }), {
      service: 'Service',
      organisation: 'Organisation',
      score: (s) => `${s} score`,
      rated: (s) => `${s} rated`
    });
    expect(table[0].slice(0, 4)).toEqual(['Service', 'Organisation', 'strategy score', 'strategy rated']);
    expect(table[1].slice(0, 5)).toEqual(['Parking permits', 'City hall', '100', expect.stringMatching(/^1\/\d+$/), '']);
  });

  it.each([
    [null, 'none'],
    [0, 'low'],
    [39, 'low'],
    [40, 'mid'],
    [70, 'high']
  ] as const)('puts %s in the %s band', (percent, band) => {
    expect(scoreBand(percent)).toBe(band);
  });
});
