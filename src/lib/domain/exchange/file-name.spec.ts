import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './file-name';
import { makeAssessment } from './test-assessments';

const now = '2026-11-23T10:00:00.000Z';

describe('slugify', () => {
  it.each([
    ['Childminder finder', 'childminder-finder'],
    ['Βεβαίωση Μόνιμης Κατοικίας', 'βεβαίωση-μόνιμης-κατοικίας'],
    ['ΟΔΟΣ', 'οδος'],
    ['Démarche: déclaration / 2026?', 'démarche-déclaration-2026'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a-b-c-d-e-f-g-h-i-j'],
    ['  ..hidden.. ', 'hidden'],
    ['tab\there\u0000nul', 'tab-here-nul'],
    ['Cafe\u0301', 'café'],
    ['***', '']
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('keeps names short', () => {
    expect(Array.from(slugify('Ω'.repeat(300))).length).toBe(60);
  });
});

describe('exportFileName', () => {
  it('names a single assessment after its service and the day', () => {
    const a = makeAssessment({ serviceName: 'Childminder finder' });
    expect(exportFileName([a], now)).toBe('childminder-finder-2026-11-23.tessera.json');
  });

  it('keeps Greek letters in the name', () => {
    expect(exportFileName([makeAssessment()], now)).toBe('βεβαίωση-μόνιμης-κατοικίας-2026-11-23.tessera.json');
  });

  it('falls back to a generic name when the service name has no letters', () => {
    expect(exportFileName([makeAssessment({ serviceName: '' })], now)).toBe('tessera-assessment-2026-11-23.tessera.json');
  });

  it('calls several assessments a backup', () => {
    const list = [makeAssessment(), makeAssessment({}, 'a-2')];
    expect(exportFileName(list, now)).toBe('tessera-backup-2026-11-23.json');
  });

  it('names backups and nameless assessments in the words it is given', () => {
    const words = { backup: 'Sauvegarde Tessera', assessment: 'Évaluation Tessera' };
    expect(exportFileName([makeAssessment(), makeAssessment({}, 'a-2')], now, words)).toBe('sauvegarde-tessera-2026-11-23.json');
    expect(exportFileName([makeAssessment({ serviceName: '' })], now, words)).toBe('évaluation-tessera-2026-11-23.tessera.json');
  });

  it('uses the day as written in the timestamp, in its own offset', () => {
    expect(exportFileName([], '2026-11-24T00:30:00.000+02:00')).toBe('tessera-backup-2026-11-24.json');
  });
});
