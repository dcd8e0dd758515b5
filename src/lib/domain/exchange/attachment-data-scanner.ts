import { limits } from './limits';

/** Where an attachment's base64 lies in the file: bytes `start` (after the opening quote) to `end` (before the closing one). */
export interface DataSpan {
  start: number;
  end: number;
}

/** A file with its attachments' base64 cut out: the rest of its text, and where each cut was. */
export interface ScannedFile {
  /** The file's bytes with the content of every `attachments[i].data` string removed (`"data": ""`). */
  skeleton: Uint8Array<ArrayBuffer>;
  /** By attachment index: where its `data` was, or null when it was left in the skeleton. */
  spans: (DataSpan | null)[];
}

interface Frame {
  kind: 'object' | 'array';
  /** In an object: the key of the current field, when it is one that matters here. */
  key: string | null;
  /** In an array: the index of the current item. */
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** The bytes that matter inside a skipped value: a string's start, and brackets. */
const STRUCTURE = new Uint8Array(256);
for (const c of '"{}[]') STRUCTURE[c.charCodeAt(0)] = 1;
/** Keys longer than this are neither `attachments` nor `data`, however they are escaped. */
const MAX_KEY_BYTES = 128;

/**
 * Reads an export file chunk by chunk and takes out the base64 of its attachments, keeping only
 * where each one is, so the rest (the assessments, small) can be parsed as JSON while the photos,
 * most of a backup's bytes, stay in the file until each is checked on its own.
 *
 * It follows JSON's structure just enough to know where it is (strings, escapes, nesting, and the
 * keys of the top level and of each attachment), and never judges the file: what it does not
 * recognise it leaves in the skeleton, for the parser to read (or refuse) as usual. Keys are read
 * as JSON.parse reads them (escapes decoded, the last of duplicates wins), so a cut is only ever
 * the value the parser would have taken. Pure: the caller reads the file.
 */
export class AttachmentDataScanner {
  #offset = 0;
  #stack: Frame[] = [];
  #inString = false;
  #escape = false;
  /** The string being read is the key of a field that matters (its bytes are kept). */
  #keyBytes: number[] | null = null;
  #keyTooLong = false;
  /** The string being read is an attachment's data, cut out; it started at this file offset. */
  #dataStart = -1;
  #expectKey = false;
  #expectValue = true;
  /** Inside a value that can hold no attachment (the assessments, say): how many of its brackets are open. */
  #skipDepth = 0;
  #spans: (DataSpan | null)[] = [];
  #pieces: Uint8Array[] = [];
  #skeletonLength = 0;

  /** The next bytes of the file, in order. */
  push(chunk: Uint8Array): void {
    let copyFrom = this.#dataStart >= 0 ? chunk.length : 0;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      let c = chunk[i];
      if (this.#inString) {
        // Most of a file is inside strings: skip to the next quote or backslash at once.
        if (!this.#escape && this.#keyBytes === null) {
          while (i < n && (c = chunk[i]) !== QUOTE && c !== BACKSLASH) i++;
          if (i === n) break;
        }
        if (this.#escape) this.#escape = false;
        else if (c === BACKSLASH) this.#escape = true;
        else if (c === QUOTE) {
          this.#inString = false;
          if (this.#dataStart >= 0) {
            this.#endData(this.#offset + i);
            copyFrom = i;
          } else if (this.#keyBytes) this.#endKey();
          continue;
        }
        if (this.#keyBytes) {
          if (this.#keyBytes.length < MAX_KEY_BYTES) this.#keyBytes.push(c);
          else this.#keyTooLong = true;
        }
        continue;
      }
      if (this.#skipDepth > 0) {
        // Only strings and brackets matter here: run to the next of them at once.
        while (i < n && STRUCTURE[(c = chunk[i])] === 0) i++;
        if (i === n) break;
        if (c === QUOTE) this.#inString = true;
        else if (c === 0x7b || c === 0x5b) this.#skipDepth++;
        else if (--this.#skipDepth === 0) this.#expectKey = this.#expectValue = false;
        continue;
      }
      switch (c) {
        case 0x20:
        case 0x0a:
        case 0x0d:
        case 0x09:
        case 0x3a: // ':' a value follows, which #expectValue already says
          break;
        case QUOTE:
          if (this.#top?.kind === 'object' && this.#expectKey) {
            this.#expectKey = false;
            this.#inString = true;
            this.#keyBytes = this.#keyMatters() ? [] : null;
            this.#keyTooLong = false;
          } else {
            const isData = this.#beginValue(true);
            this.#inString = true;
            if (isData) {
              this.#pieces.push(chunk.slice(copyFrom, i + 1));
              this.#skeletonLength += i + 1 - copyFrom;
              copyFrom = n;
              this.#dataStart = this.#offset + i + 1;
            }
          }
          break;
        case 0x7b: // {
          this.#beginValue(false);
          if (!this.#mayHoldData('object')) this.#skipDepth = 1;
          else {
            this.#stack.push({ kind: 'object', key: null, index: -1 });
            this.#expectKey = true;
          }
          break;
        case 0x5b: // [
          this.#beginValue(false);
          if (!this.#mayHoldData('array')) this.#skipDepth = 1;
          else {
            this.#stack.push({ kind: 'array', key: null, index: -1 });
            this.#expectValue = true;
          }
          break;
        case 0x7d: // }
        case 0x5d: // ]
          this.#stack.pop();
          this.#expectKey = false;
          this.#expectValue = false;
          break;
        case 0x2c: // ,
          if (this.#top?.kind === 'object') this.#expectKey = true;
          this.#expectValue = true;
          break;
        default:
          // The first character of a number, true, false or null; the rest of it changes nothing.
          if (this.#expectValue) this.#beginValue(false);
      }
    }
    // Copies, not views: a view would keep the whole piece of the file, photos included, alive.
    if (copyFrom < n) {
      this.#pieces.push(chunk.slice(copyFrom));
      this.#skeletonLength += n - copyFrom;
    }
    this.#offset += n;
  }

  /** The file without its attachments' base64, once every chunk was pushed. */
  finish(): ScannedFile {
    const skeleton = new Uint8Array(this.#skeletonLength);
    let at = 0;
    for (const piece of this.#pieces) {
      skeleton.set(piece, at);
      at += piece.length;
    }
    this.#pieces = [];
    // A file cut off inside a data string: leave the parser to find it truncated.
    const spans = this.#dataStart >= 0 ? [] : this.#spans;
    return { skeleton, spans };
  }

  get #top(): Frame | undefined {
    return this.#stack[this.#stack.length - 1];
  }

  /** The top level, or an item of the top-level `attachments` list: where keys matter. */
  #keyMatters(): boolean {
    return this.#stack.length === 1 || this.#isAttachment();
  }

  /**
   * Whether a value that starts here can hold an attachment's data, and so must be followed: the
   * file itself, its `attachments` list, and an item of that list. Any other value is only
   * skipped over (most of a file's bytes without photos: its assessments).
   */
  #mayHoldData(kind: Frame['kind']): boolean {
    const [root, list] = this.#stack;
    switch (this.#stack.length) {
      case 0:
        return true;
      case 1:
        return kind === 'array' && root.kind === 'object' && root.key === 'attachments';
      case 2:
        return kind === 'object' && root.key === 'attachments' && list.kind === 'array';
      default:
        return false;
    }
  }

  #isAttachment(): boolean {
    const [root, list, item] = this.#stack;
    return this.#stack.length === 3 && root.key === 'attachments' && list.kind === 'array' && item.kind === 'object';
  }

  #endKey(): void {
    const bytes = Uint8Array.from(this.#keyBytes ?? []);
    this.#keyBytes = null;
    let key: string | null = null;
    if (!this.#keyTooLong) {
      const text = new TextDecoder().decode(bytes);
      try {
        key = bytes.includes(BACKSLASH) ? (JSON.parse(`"${text}"`) as string) : text;
      } catch {
        key = null;
      }
    }
    this.#top!.key = key;
    this.#expectValue = true;
  }

  /** A value starts; true when it is an attachment's data string, to be cut out. */
  #beginValue(isString: boolean): boolean {
    this.#expectValue = false;
    const top = this.#top;
    if (!top) return false;
    if (top.kind === 'array') {
      top.index++;
      return false;
    }
    // A later `attachments` field replaces an earlier one for JSON.parse, and so here.
    if (this.#stack.length === 1 && top.key === 'attachments') this.#spans = [];
    if (top.key !== 'data' || !this.#isAttachment()) return false;
    const index = this.#stack[1].index;
    // Past the limit the list is refused anyway; its data stays in the skeleton.
    if (index >= limits.attachments) return false;
    // The last `data` of an attachment is the one JSON.parse keeps: forget an earlier one.
    this.#spans[index] = null;
    return isString;
  }

  #endData(end: number): void {
    this.#spans[this.#stack[1].index] = { start: this.#dataStart, end };
    this.#dataStart = -1;
  }
}

/** The skeleton and spans of a whole file in memory (tests, and small files). */
export function scanAttachmentData(bytes: Uint8Array): ScannedFile {
  const scanner = new AttachmentDataScanner();
  scanner.push(bytes);
  return scanner.finish();
}
