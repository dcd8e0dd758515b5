import type * as v from 'valibot';

/*
 * Reading a file of a later revision of the current format version: such a file may hold optional
 * fields this build does not know. They are taken out before validation (so the strict schema
 * still checks everything else) and listed, so the preview can say what will not be kept instead
 * of dropping it silently.
 */

type AnySchema = v.GenericSchema & { entries?: Record<string, AnySchema>; item?: AnySchema; value?: AnySchema; wrapped?: AnySchema };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The schema inside nullable/optional wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  while (s.wrapped) s = s.wrapped;
  return s;
}

export interface Stripped {
  /** The document without the fields its schema does not have (new objects; the input is untouched). */
  doc: unknown;
  /** Where they were, as paths with list positions left out (`assessments[].responses.*.confidence`), each once, sorted. */
  fields: string[];
}

/** The document with every object key its schema does not know taken out, and where those were. */
export function stripUnknownFields(schema: v.GenericSchema, doc: unknown): Stripped {
  const fields = new Set<string>();
  const walk = (s: AnySchema, value: unknown, path: string): unknown => {
    const schemaHere = unwrap(s);
    if (Array.isArray(value) && schemaHere.item) return value.map((item) => walk(schemaHere.item!, item, `${path}[]`));
    if (!isRecord(value)) return value;
    if (schemaHere.entries) {
      const entries = schemaHere.entries;
      const kept: [string, unknown][] = [];
      for (const [key, item] of Object.entries(value)) {
        if (Object.hasOwn(entries, key)) kept.push([key, walk(entries[key], item, path ? `${path}.${key}` : key)]);
        else fields.add(path ? `${path}.${key}` : key);
      }
      return Object.fromEntries(kept);
    }
    if (schemaHere.value) {
      const inner = schemaHere.value;
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(inner, item, `${path}.*`)]));
    }
    return value;
  };
  const stripped = walk(schema as AnySchema, doc, '');
  return { doc: stripped, fields: [...fields].sort().slice(0, 50) };
}
