import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { assessmentSchemaV3, textOf } from './assessment-schema';
import { withoutBidiControls } from './bidi-controls';
import { makeAssessment } from './test-assessments';

const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

describe('withoutBidiControls', () => {
  it.each(controls.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))('removes %s', (_, control) => {
    expect(withoutBidiControls(`Permits${control} office${control}`)).toBe('Permits office');
  });

  it('turns a name that poses as another back into what it really says', () => {
    // Shown as "Tax office" with the override, this is "eciffo xaT" written backwards.
    expect(withoutBidiControls('\u202Eeciffo xaT\u202C')).toBe('eciffo xaT');
  });

  it('keeps right-to-left scripts, joiners and other invisible but harmless characters', () => {
    for (const text of ['مكتب الضرائب', 'משרד המסים', 'Δήμος Ηρακλείου', 'क्‍ष', '👩‍💻', 'a\u00A0b']) expect(withoutBidiControls(text)).toBe(text);
  });
});

describe('importing text', () => {
  it('strips direction controls from every text field of an assessment', () => {
    const a: Record<string, unknown> = { ...structuredClone(makeAssessment()) };
    a.serviceName = '\u202ETax office';
    a.organisation = 'City\u2066 hall\u2069';
    a.tags = ['\u200Fpermits'];
    a.participants = [{ id: 'p\u202E1', name: 'Eleni\u061C', role: '\u202Bclerk\u202C' }];
    const out = v.parse(assessmentSchemaV3, a);
    expect(out).toMatchObject({ serviceName: 'Tax office', organisation: 'City hall', tags: ['permits'] });
    expect(out.participants).toEqual([{ id: 'p1', name: 'Eleni', role: 'clerk' }]);
  });

  it('counts the limit on the text as the file has it', () => {
    expect(v.safeParse(textOf(3), 'ab\u202E').success).toBe(true);
    expect(v.safeParse(textOf(3), 'abc\u202E').success).toBe(false);
  });
});
