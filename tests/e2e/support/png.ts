import { crc32, deflateSync } from 'node:zlib';

/**
 * A real PNG, drawn in Node (no browser, no image library): a "whiteboard" of coloured sticky
 * notes, different for each `seed`, as a workshop photo stands in for in tests.
 */
export function stickyNotesPng(seed: number, width = 480, height = 320): Buffer {
  const colours = [
    [255, 216, 77],
    [143, 211, 255],
    [255, 159, 178],
    [166, 227, 161]
  ];
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const col = Math.floor(x / 60);
      const line = Math.floor(y / 60);
      const inNote = x % 60 > 8 && y % 60 > 8;
      const [r, g, b] = inNote ? colours[(col + line + seed) % colours.length] : [244, 244, 239];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ]);
}
