import { describe, expect, it } from 'vitest';
import { BOM, csvField, guardFormula, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['Μαρία Παπαδοπούλου', 'Μαρία Παπαδοπούλου'],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', '']
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('quotes the chosen delimiter only', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
  });
});

describe('guardFormula', () => {
  it.each(['=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\tx', '\rx'])('makes %j inert', (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['Write the plan', '2027-01-15', 'a=b', "'already"])('leaves %j alone', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });

  it('guards before quoting', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd']
      ])
    ).toBe(`${BOM}a,b\r\nc,d\r\n`);
  });

  it('uses the semicolon when asked', () => {
    expect(
      toCsv(
        [
          ['Στάδιο', 'Κατάσταση'],
          ['1.1; x', 'ok']
        ],
        ';'
      )
    ).toBe(`${BOM}Στάδιο;Κατάσταση\r\n"1.1; x";ok\r\n`);
  });

  it('writes an empty table as just the mark', () => {
    expect(toCsv([])).toBe(BOM);
  });
});
