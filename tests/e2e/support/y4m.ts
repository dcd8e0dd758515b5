import { writeFileSync } from 'node:fs';

/**
 * A Y4M video (what Chromium's `--use-file-for-fake-video-capture` plays as the camera) from RGBA
 * frames: each frame converted to I420 (full-range BT.601 luma, chroma averaged over 2 × 2
 * pixels), in the order given. Chromium plays the file at its frame rate and starts again at the end.
 */
export function writeY4m(path: string, width: number, height: number, framesPerSecond: number, frames: Uint8Array[]): void {
  if (width % 2 || height % 2) throw new Error('I420 needs even sizes');
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${framesPerSecond}:1 Ip A1:1 C420jpeg\n`, 'latin1');
  const frameHeader = Buffer.from('FRAME\n', 'latin1');
  const parts: Buffer[] = [header];
  for (const rgba of frames) {
    if (rgba.length !== width * height * 4) throw new Error(`A frame of ${rgba.length} bytes is not ${width} × ${height} RGBA`);
    parts.push(frameHeader, rgbaToI420(rgba, width, height));
  }
  writeFileSync(path, Buffer.concat(parts));
}

function rgbaToI420(rgba: Uint8Array, width: number, height: number): Buffer {
  const ySize = width * height;
  const out = Buffer.alloc(ySize * 1.5);
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  for (let i = 0; i < ySize; i++) out[i] = clamp(0.299 * rgba[i * 4] + 0.587 * rgba[i * 4 + 1] + 0.114 * rgba[i * 4 + 2]);
  const cw = width / 2;
  for (let cy = 0; cy < height / 2; cy++) {
    for (let cx = 0; cx < cw; cx++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1]
      ]) {
        const p = ((cy * 2 + dy) * width + cx * 2 + dx) * 4;
        r += rgba[p];
        g += rgba[p + 1];
        b += rgba[p + 2];
      }
      r /= 4;
      g /= 4;
      b /= 4;
      out[ySize + cy * cw + cx] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
      out[ySize + ySize / 4 + cy * cw + cx] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
    }
  }
  return out;
}
