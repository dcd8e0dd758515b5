import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { maxCodePoints } from './max-code-points';

const shortcut = v.pipe(v.string(), maxCodePoints(5));
const plain = v.pipe(v.string(), v.maxCodePoints(5));

describe('maxCodePoints', () => {
  it('counts characters outside the basic plane once, as JSON Schema does', () => {
    expect(v.safeParse(shortcut, '🙂🙂🙂🙂🙂').success).toBe(true);
    const issues = v.safeParse(shortcut, '🙂🙂🙂🙂🙂🙂').issues;
    expect(issues?.map((i) => [i.type, i.received])).toEqual([['max_code_points', '6']]);
  });

  it('agrees with valibot on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', 'Ω', '🙂', '\uD800'), maxLength: 8 }), (text) => {
        const fast = v.safeParse(shortcut, text);
        const slow = v.safeParse(plain, text);
        expect(fast.success, text).toBe(slow.success);
        expect(
          fast.issues?.map((i) => i.message),
          text
        ).toEqual(slow.issues?.map((i) => i.message));
      })
    );
  });
});
