// Test helper: builds an IndexedDB database exactly as an earlier schema version left it, with
// raw IndexedDB (no Dexie), from a JSON fixture in tests/fixtures/db/.

/** A Blob as a JSON fixture writes it; `reviveBlobs` turns it into a Blob, `encodeBlobs` back. */
export interface EncodedBlob {
  $blob: { type: string; base64: string };
}

const isEncodedBlob = (value: unknown): value is EncodedBlob =>
  typeof value === 'object' && value !== null && '$blob' in value && Object.keys(value).length === 1;

/** The value with every `{ "$blob": … }` replaced by a Blob of those bytes and type. */
export function reviveBlobs(value: unknown): unknown {
  if (isEncodedBlob(value)) return new Blob([Buffer.from(value.$blob.base64, 'base64')], { type: value.$blob.type });
  if (Array.isArray(value)) return value.map(reviveBlobs);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveBlobs(v)]));
  return value;
}

/** The value with every Blob replaced by `{ "$blob": … }`, to compare stored rows with a fixture. */
export async function encodeBlobs(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { $blob: { type: value.type, base64: Buffer.from(await value.arrayBuffer()).toString('base64') } };
  if (Array.isArray(value)) return Promise.all(value.map(encodeBlobs));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await encodeBlobs(v)])));
  }
  return value;
}

/** A database as a given schema version stored it. */
export interface DbFixture {
  /** The Dexie schema version (db.version(n)). */
  version: number;
  description: string;
  /** Each table's Dexie schema string at that version, e.g. "id, updatedAt, *tags". */
  stores: Record<string, string>;
  rows: Record<string, unknown[]>;
}

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
  autoIncrement: boolean;
}

/** Reads one entry of a Dexie schema string: "&name" unique, "*tags" multi-entry, "[a+b]" compound, "++id" auto-increment. */
function parseIndex(entry: string): IndexSpec {
  const unique = entry.startsWith('&');
  const multiEntry = entry.startsWith('*');
  const autoIncrement = entry.startsWith('++');
  const name = entry.replace(/^(\+\+|&|\*)/, '');
  const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
  return { name, keyPath, unique, multiEntry, autoIncrement };
}

/** The tables and indexes a Dexie schema string describes; the first entry is the primary key. */
export function parseStores(stores: Record<string, string>): { table: string; primary: IndexSpec; indexes: IndexSpec[] }[] {
  return Object.entries(stores).map(([table, schema]) => {
    const [primary, ...indexes] = schema.split(',').map((s) => parseIndex(s.trim()));
    return { table, primary, indexes };
  });
}

/** Creates the database at the fixture's version (Dexie stores version n as n × 10) and fills it. */
export function createFixtureDb(name: string, fixture: DbFixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, Math.round(fixture.version * 10));
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const { table, primary, indexes } of parseStores(fixture.stores)) {
        const store = db.createObjectStore(table, {
          keyPath: primary.name === '' ? null : primary.keyPath,
          autoIncrement: primary.autoIncrement
        });
        for (const index of indexes) {
          store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
        for (const row of fixture.rows[table] ?? []) store.put(reviveBlobs(row));
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}
