/*
 * Base64 for attachments in export files, by lookup table: atob/btoa work on "binary strings",
 * which costs seconds per 25 MB in some engines (Node's btoa takes about 8 s).
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const encodeTable = Uint8Array.from(alphabet, (c) => c.charCodeAt(0));
const decodeTable = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) decodeTable[alphabet.charCodeAt(i)] = i;
const pad = '='.charCodeAt(0);

/** The bytes as standard base64 (RFC 4648, with padding, no line breaks). */
export function bytesToBase64(bytes: Uint8Array): string {
  // Every byte is ASCII, so Latin-1 decoding maps each to one character, natively and fast.
  return new TextDecoder('latin1').decode(base64Ascii(bytes));
}

/**
 * The base64 of the bytes as its ASCII codes: the same bytes as the text in UTF-8, so a file can
 * be built from it (a Blob part) without ever making it a string.
 */
export function base64Ascii(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = encodeTable[n >> 18];
    out[o++] = encodeTable[(n >> 12) & 63];
    out[o++] = encodeTable[(n >> 6) & 63];
    out[o++] = encodeTable[n & 63];
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    out[o++] = encodeTable[n >> 18];
    out[o++] = encodeTable[(n >> 12) & 63];
    out[o++] = rest === 2 ? encodeTable[(n >> 6) & 63] : pad;
    out[o] = pad;
  }
  return out;
}

// A plain character-class loop: a repeated group would make the regex engine keep state per
// four characters, which overflows on a 30 MB attachment.
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** True for standard, padded base64 without whitespace. */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && base64Pattern.test(text);
}

/** The number of bytes a well-formed base64 text decodes to. */
export function decodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** The value of a base64 digit, or -1 for any other character (`=` included). */
function digit(code: number): number {
  return code < 128 ? decodeTable[code] : -1;
}

/**
 * The bytes of a base64 text, or null when it is not well-formed base64 (what `isBase64` accepts).
 * It checks each character as it decodes it, in one pass: a backup's photos are 160 MB of base64,
 * and a pattern test first took longer than the decoding.
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null;
  const bytes = new Uint8Array(decodedLength(text));
  const last = text.length - 4;
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = digit(text.charCodeAt(i));
    const b = digit(text.charCodeAt(i + 1));
    let c = digit(text.charCodeAt(i + 2));
    let d = digit(text.charCodeAt(i + 3));
    // Padding: only in the last four characters, `x=` or `==` at their end.
    if (i === last && d < 0 && text.charCodeAt(i + 3) === pad) {
      d = 0;
      if (c < 0 && text.charCodeAt(i + 2) === pad) c = 0;
      else if (c < 0) return null;
    }
    if ((a | b | c | d) < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[o++] = n >> 16;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}
