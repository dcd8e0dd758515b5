import { inflateSync } from 'node:zlib';

/*
 * The text of a PDF that Chromium printed, without a PDF library (no new dependency) and without
 * poppler's pdftotext (not on every machine that runs the tests). Chromium (Skia) writes text as
 * glyph ids in hex strings, in FlateDecode streams, and gives each font a ToUnicode CMap; so this
 * inflates the streams, reads each page's fonts and their CMaps, and maps the glyphs of every
 * Tj/TJ back to Unicode. Enough for "does the report contain this text", not a general parser.
 */

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const latin = pdf.toString('latin1');
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(latin))) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endobj', start);
    const body = latin.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt === -1) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let dataStart = start + streamAt + 'stream'.length;
    if (latin[dataStart] === '\r') dataStart++;
    if (latin[dataStart] === '\n') dataStart++;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(dataStart, dataStart + length);
    let stream = raw;
    if (/\/FlateDecode/.test(dict)) {
      try {
        stream = inflateSync(raw);
      } catch {
        stream = raw;
      }
    }
    objects.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return objects;
}

/** Follows "N 0 R" to the object's dictionary text, or returns inline text as is. */
function deref(objects: Map<number, PdfObject>, value: string): string {
  const ref = /^\s*(\d+) 0 R/.exec(value);
  return ref ? (objects.get(Number(ref[1]))?.dict ?? '') : value;
}

/** The balanced << … >> that follows a key in a dictionary, or the reference after it. */
function entry(dict: string, key: string): string {
  const at = dict.indexOf(`/${key}`);
  if (at === -1) return '';
  const rest = dict.slice(at + key.length + 1).trimStart();
  if (!rest.startsWith('<<')) return /^(\d+ 0 R|\[[^\]]*\])/.exec(rest)?.[0] ?? '';
  let depth = 0;
  for (let i = 0; i < rest.length - 1; i++) {
    if (rest.startsWith('<<', i)) (depth++, i++);
    else if (rest.startsWith('>>', i)) {
      depth--;
      i++;
      if (depth === 0) return rest.slice(0, i + 1);
    }
  }
  return rest;
}

const utf16 = (hex: string) => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

/** A ToUnicode CMap as glyph code → text, with the code's byte length. */
function readCMap(text: string): { map: Map<number, string>; bytes: number } {
  const map = new Map<number, string>();
  const space = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(text);
  const bytes = space ? space[1].length / 2 : 2;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(src, 16), utf16(dst));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const first = parseInt(dst, 16);
      for (let c = parseInt(lo, 16), i = 0; c <= parseInt(hi, 16); c++, i++) map.set(c, String.fromCharCode(first + i));
    }
  }
  return { map, bytes };
}

/** All text of the PDF, page by page; text objects (BT … ET) are separated by spaces. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const cmaps = new Map<number, ReturnType<typeof readCMap>>();
  const pages: string[] = [];
  for (const obj of objects.values()) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(obj.dict)) continue;
    const fonts = new Map<string, ReturnType<typeof readCMap>>();
    const fontDict = deref(objects, entry(deref(objects, entry(obj.dict, 'Resources')), 'Font'));
    for (const [, name, num] of fontDict.matchAll(/\/([^\s/<>[\]]+)\s+(\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(num))?.dict ?? '');
      if (!toUnicode) continue;
      const id = Number(toUnicode[1]);
      if (!cmaps.has(id)) cmaps.set(id, readCMap(objects.get(id)?.stream?.toString('latin1') ?? ''));
      fonts.set(name, cmaps.get(id)!);
    }
    const contents = entry(obj.dict, 'Contents');
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map(([, n]) => objects.get(Number(n))?.stream?.toString('latin1') ?? '');
    let text = '';
    for (const content of streams) {
      let font: ReturnType<typeof readCMap> | undefined;
      for (const [op] of content.matchAll(/\/[^\s/]+\s+[\d.]+\s+Tf|<[0-9a-fA-F\s]*>\s*Tj|\[[^\]]*\]\s*TJ|\bET\b/g)) {
        if (op.endsWith('Tf')) font = fonts.get(op.slice(1).split(/\s+/)[0]);
        else if (op === 'ET') text += ' ';
        else if (font) {
          for (const [, hex] of op.matchAll(/<([0-9a-fA-F\s]*)>/g)) {
            const clean = hex.replace(/\s+/g, '');
            for (let i = 0; i + font.bytes * 2 <= clean.length; i += font.bytes * 2)
              text += font.map.get(parseInt(clean.slice(i, i + font.bytes * 2), 16)) ?? '';
          }
        }
      }
    }
    pages.push(text);
  }
  return pages.join('\n');
}

/** The text with all whitespace removed, to compare across line and glyph-run breaks. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
