import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One word of a PDF page and its box, in points from the page's top-left corner. */
export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLayout {
  pages: { width: number; height: number; words: WordBox[] }[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** Every word of every page with its box, read by poppler's `pdftotext -bbox` (Debian: poppler-utils). */
export function pdfLayout(pdf: Buffer): PdfLayout {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const html = execFileSync('pdftotext', ['-bbox', join(dir, 'in.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pages: PdfLayout['pages'] = [];
    for (const [, attrs, body] of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
      const width = Number(/width="([\d.]+)"/.exec(attrs)?.[1]);
      const height = Number(/height="([\d.]+)"/.exec(attrs)?.[1]);
      const page = pages.length + 1;
      const words = [...body.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, text]) => ({ page, text: unescape(text), xMin: +xMin, yMin: +yMin, xMax: +xMax, yMax: +yMax })
      );
      pages.push({ width, height, words });
    }
    return { pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Pairs of words on the same page whose boxes overlap: text drawn over text. A word's box is the
 * font's full height, so consecutive lines of tightly set text may touch; each box is trimmed by
 * a fifth of its height top and bottom (and half a point at the sides) before comparing, which a
 * real overlap (two texts at the same place) still fails.
 */
export function overlappingWords(layout: PdfLayout): [WordBox, WordBox][] {
  const found: [WordBox, WordBox][] = [];
  for (const { words } of layout.pages) {
    const boxes = words.map((w) => {
      const trim = (w.yMax - w.yMin) / 5;
      return { w, x0: w.xMin + 0.5, x1: w.xMax - 0.5, y0: w.yMin + trim, y1: w.yMax - trim };
    });
    boxes.sort((a, b) => a.y0 - b.y0);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j].y0 < boxes[i].y1; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.x0 < b.x1 && b.x0 < a.x1) found.push([a.w, b.w]);
      }
    }
  }
  return found;
}
