import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodedLength, isBase64 } from './base64';
import { isSha256Hex, sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']
  ])('hashes %j as the standard test vector', async (text, hex) => {
    expect(await sha256Hex(new TextEncoder().encode(text))).toBe(hex);
  });

  it('tells a digest from other text', () => {
    expect(isSha256Hex('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe(true);
    expect(isSha256Hex('BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD')).toBe(false);
    expect(isSha256Hex('ba78')).toBe(false);
  });
});

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
    expect(decodedLength(text)).toBe(256);
  });

  it.each([0, 1, 2, 3, 4, 5])('round-trips %i bytes, padding included', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 77) & 0xff);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });

  it('round-trips the largest attachment (25 MB) without overflowing the stack', () => {
    const bytes = new Uint8Array(25 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    const text = bytesToBase64(bytes);
    expect(isBase64(text)).toBe(true);
    const back = base64ToBytes(text)!;
    // Buffer.equals: vitest's deep equality would take minutes over 25 million entries.
    expect(Buffer.from(back.buffer).equals(Buffer.from(bytes.buffer))).toBe(true);
  }, 30_000);

  it.each(['', 'QQ==', 'QUI=', 'QUJD'])('accepts %j', (text) => expect(isBase64(text)).toBe(true));
  it.each(['QQ', 'QQ=', 'Q===', 'QU JD', 'QUJD\n', 'QU=D', '@@@@', 'QUJD-_==', 'QQ==QUJD', '=QUJ', 'QUJ\u0100', 'Q\u00c1==', 'QU\u{1F600}'])(
    'refuses %j',
    (text) => {
      expect(isBase64(text)).toBe(false);
      expect(base64ToBytes(text)).toBeNull();
    }
  );

  it('decodes exactly the texts isBase64 accepts, to the bytes Node decodes them to', () => {
    // Mostly base64's own characters, with padding anywhere and a few that are not base64.
    const char = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') },
      { weight: 2, arbitrary: fc.constant('=') },
      { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '-', '_', '\u00c1', '\u0100', '\u{1F600}', '\u007f') }
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const bytes = base64ToBytes(text);
        expect(bytes !== null, text).toBe(isBase64(text));
        if (bytes) expect(Buffer.from(bytes).equals(Buffer.from(text, 'base64')), text).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});
