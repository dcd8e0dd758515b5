import type { ExportEnvelope } from './envelope';

/** Where, in the text of a file, the base64 of attachment `attachment` (its index in the envelope) goes. */
export interface AttachmentDataPart {
  attachment: number;
}

/** A piece of an export file: text, or the place of one attachment's base64, which the caller writes. */
export type JsonPart = string | AttachmentDataPart;

const indented = (json: string, by: string) => json.replaceAll('\n', `\n${by}`);

/** One value at the given indent, exactly as `JSON.stringify(…, null, 2)` writes it there. */
const valueAt = (value: unknown, by: string) => indented(JSON.stringify(value, null, 2) ?? 'null', by);

/** The lists of records, each written item by item; the rest of the envelope is written whole. */
const lists = new Set(['assessments', 'attachments', 'snapshots']);

/** The text around an attachment's base64: its description, then `"data": "`; after it, the closing quote and brace. */
function attachmentText(attachment: object): { before: string; after: string } {
  const json = valueAt({ ...attachment, data: '' }, '    ');
  const after = '"\n    }';
  // `data` is the attachment's last field (serialize.ts writes it last), so its empty value ends the text.
  if (!json.endsWith(`""\n    }`)) throw new Error('An exported attachment must end with its data');
  return { before: json.slice(0, -after.length), after };
}

/**
 * The text of an export file (`toJson`) as a sequence of parts, record by record, with the place of
 * each attachment's base64 left to the caller: no part holds more than one record, so a backup of
 * hundreds of photos is never one string. Joined, with each attachment's base64 in its place, the
 * parts are byte for byte `JSON.stringify(envelope, null, 2)` and a final newline
 * (json-parts.spec.ts proves it). The `data` of attachments in `envelope` is not read.
 */
export function* toJsonParts(envelope: ExportEnvelope): Generator<JsonPart> {
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(envelope)) {
    // JSON.stringify leaves out fields whose value is undefined (an optional one not set).
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!lists.has(key) || !Array.isArray(value) || value.length === 0) {
      yield valueAt(value, '  ');
      continue;
    }
    for (const [i, item] of (value as unknown[]).entries()) {
      yield i === 0 ? '[\n    ' : ',\n    ';
      if (key === 'attachments') {
        const { before, after } = attachmentText(item as object);
        yield before;
        yield { attachment: i };
        yield after;
      } else {
        yield valueAt(item, '    ');
      }
    }
    yield '\n  ]';
  }
  yield first ? '}\n' : '\n}\n';
}
