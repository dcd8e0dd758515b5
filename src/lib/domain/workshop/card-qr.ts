import { encode } from 'uqr';

/**
 * A QR code as one SVG path: each run of dark modules in a row is one rectangle, in module units.
 * `uqr` is used for its encoder only (its own SVG output draws a rect per module, hundreds per
 * card); one path per code keeps a sheet of 200 cards light to lay out and to print.
 */
export interface QrPath {
  /** Modules per side, quiet zone included. */
  size: number;
  /** QR version (1 is 21 × 21 modules). */
  version: number;
  d: string;
}

/**
 * Encodes a text at error correction M (15 % of the code may be dirty, folded or covered by a
 * thumb) with a quiet zone of `border` modules on each side.
 */
export function qrPath(text: string, border = 4): QrPath {
  const qr = encode(text, { ecc: 'M', border });
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: qr.size, version: qr.version, d: parts.join('') };
}
