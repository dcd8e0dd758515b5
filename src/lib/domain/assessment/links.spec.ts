import { describe, expect, it } from 'vitest';
import { safeWebUrl } from './links';

describe('safeWebUrl', () => {
  it.each([
    ['https://example.org/report.pdf', 'https://example.org/report.pdf'],
    ['http://intranet.example.gr/a?b=1', 'http://intranet.example.gr/a?b=1'],
    ['example.org/wiki', 'https://example.org/wiki'],
    ['  https://gov.gr  ', 'https://gov.gr/']
  ])('accepts the web link %s', (input, expected) => {
    expect(safeWebUrl(input)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', '', '   ', 'not a link'])(
    'refuses %s',
    (input) => {
      expect(safeWebUrl(input)).toBeNull();
    }
  );
});
