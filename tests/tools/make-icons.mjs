// Draws Tessera's icon (four tiles on the brand blue) as PNGs with no image library:
// raw RGBA pixels, zlib-compressed into PNG chunks. Run: node tests/tools/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, { padding, rounded }) {
  const brand = [0x1d, 0x4e, 0x89];
  const light = [0x9e, 0xc5, 0xf0];
  const white = [0xff, 0xff, 0xff];
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const inner = size * (1 - 2 * padding);
  const tile = inner * 0.44;
  const gap = inner * 0.12;
  const start = size * padding;
  const radius = rounded ? size * 0.18 : 0;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // Background with optional rounded corners (transparent outside).
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      let alpha = 255;
      if (radius && cx < radius && cy < radius) {
        const d = Math.hypot(radius - cx, radius - cy);
        if (d > radius) alpha = 0;
      }
      let color = brand;
      const tx = x - start;
      const ty = y - start;
      if (tx >= 0 && ty >= 0 && tx < inner && ty < inner) {
        const col = tx < tile ? 0 : tx >= tile + gap ? 1 : -1;
        const row = ty < tile ? 0 : ty >= tile + gap ? 1 : -1;
        if (col >= 0 && row >= 0) color = (col + row) % 2 === 0 ? white : light;
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = color[0];
      raw[o + 1] = color[1];
      raw[o + 2] = color[2];
      raw[o + 3] = alpha;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

const out = new URL('../../static/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, { padding: 0.18, rounded: true }));
writeFileSync(new URL('icon-512.png', out), png(512, { padding: 0.18, rounded: true }));
// Maskable: full-bleed background, artwork inside the 80 % safe zone.
writeFileSync(new URL('icon-maskable-512.png', out), png(512, { padding: 0.26, rounded: false }));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, { padding: 0.2, rounded: false }));
// The browser tab's icon as a PNG: a browser decodes an SVG icon as a page of its own, on the
// page's main thread, while the page loads (about 14 ms unthrottled in Chromium, a long task at 4×).
writeFileSync(new URL('favicon-32.png', out), png(32, { padding: 0.1875, rounded: true }));
console.log('icons written');
