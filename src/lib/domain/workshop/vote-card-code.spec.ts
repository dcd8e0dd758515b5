import { describe, expect, it } from 'vitest';
import { isCardSetId, makeCardSetId, maxCards, parseCardCode, serializeCardCode } from './vote-card-code';
import { ratings } from '../assessment/types';

describe('vote card codes', () => {
  it('round-trips every level of every card', () => {
    for (let card = 1; card <= maxCards; card++) {
      for (const choice of ratings) {
        const text = serializeCardCode({ setId: 'K7Q2MX', card, choice });
        expect(parseCardCode(text)).toEqual({ setId: 'K7Q2MX', card, choice });
      }
    }
  });

  it('says only the version, the set, the number and a letter', () => {
    expect(serializeCardCode({ setId: 'K7Q2MX', card: 12, choice: 'largely' })).toBe('TSV1:K7Q2MX:12:L');
    expect(serializeCardCode({ setId: 'K7Q2MX', card: 3, choice: 'not-applicable' })).toBe('TSV1:K7Q2MX:3:X');
  });

  it.each([
    ['another QR code', 'https://example.org/'],
    ['a future version', 'TSV2:K7Q2MX:12:L'],
    ['card 0', 'TSV1:K7Q2MX:0:L'],
    ['a leading zero', 'TSV1:K7Q2MX:03:L'],
    ['a card past the last', 'TSV1:K7Q2MX:41:L'],
    ['an unknown level', 'TSV1:K7Q2MX:12:Z'],
    ['a set id with an O', 'TSV1:K7Q2MO:12:L'],
    ['lower case', 'tsv1:k7q2mx:12:l'],
    ['extra parts', 'TSV1:K7Q2MX:12:L:X'],
    ['nothing', '']
  ])('is not a vote card: %s', (_, text) => {
    expect(parseCardCode(text)).toBeNull();
  });

  it('refuses to print a card outside the set', () => {
    expect(() => serializeCardCode({ setId: 'K7Q2MX', card: 41, choice: 'fully' })).toThrow();
    expect(() => serializeCardCode({ setId: 'bad', card: 1, choice: 'fully' })).toThrow();
  });

  it('makes set ids from random bytes in the unambiguous alphabet', () => {
    const id = makeCardSetId(new Uint8Array([0, 31, 32, 255, 7, 100]));
    expect(isCardSetId(id)).toBe(true);
    expect(id).toHaveLength(6);
    expect(() => makeCardSetId(new Uint8Array(3))).toThrow();
  });
});
