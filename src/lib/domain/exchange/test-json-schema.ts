/*
 * A tiny JSON Schema (2020-12) checker for tests: just the keywords the published Tessera schema
 * uses. It throws on any other keyword, so the schema cannot quietly outgrow what is checked.
 */

type Schema = Record<string, unknown>;

const annotations = new Set(['$schema', '$id', '$defs', 'title', 'description', 'format']);
const known = new Set([
  'maxProperties',
  '$ref',
  'type',
  'const',
  'enum',
  'anyOf',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'required',
  'properties',
  'additionalProperties',
  'propertyNames',
  'items',
  'maxItems'
]);

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

/** The places where `value` breaks `schema`, as "path: keyword" strings; empty when it conforms. */
export function checkJsonSchema(schema: Schema, value: unknown, root: Schema = schema, at = '$'): string[] {
  const errors: string[] = [];
  const fail = (keyword: string) => errors.push(`${at}: ${keyword}`);
  for (const keyword of Object.keys(schema)) {
    if (!known.has(keyword) && !annotations.has(keyword)) throw new Error(`unsupported keyword ${keyword}`);
  }
  if (typeof schema.$ref === 'string') {
    const target = (root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')];
    errors.push(...checkJsonSchema(target, value, root, at));
  }
  if (typeof schema.type === 'string' && !typeMatches(schema.type, value)) return [...errors, `${at}: type`];
  if ('const' in schema && value !== schema.const) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => checkJsonSchema(s, value, root, at).length === 0)) {
    fail('anyOf');
  }
  if (typeof value === 'string') {
    const length = Array.from(value).length;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('maxItems');
    if (schema.items) value.forEach((item, i) => errors.push(...checkJsonSchema(schema.items as Schema, item, root, `${at}[${i}]`)));
  }
  if (typeMatches('object', value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) fail(`required ${key}`);
    if (typeof schema.maxProperties === 'number' && Object.keys(object).length > schema.maxProperties) fail('maxProperties');
    for (const [key, item] of Object.entries(object)) {
      const where = `${at}.${key}`;
      if (schema.propertyNames) errors.push(...checkJsonSchema(schema.propertyNames as Schema, key, root, `${where} (name)`));
      if (key in properties) errors.push(...checkJsonSchema(properties[key], item, root, where));
      else if (schema.additionalProperties === false) errors.push(`${where}: additionalProperties`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...checkJsonSchema(schema.additionalProperties as Schema, item, root, where));
      }
    }
  }
  return errors;
}
