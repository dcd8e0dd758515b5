import { TesseraDb, useDb } from '../db';
import { CouchClient, type Fetch } from './couch-client';

/*
 * Devices for sync tests in Node: each has its own database and its own cookie jar (a browser
 * keeps CouchDB's session cookie by itself; Node's fetch does not).
 */

/** A fetch that keeps cookies the way a browser does for one origin. */
export function fetchWithCookies(): Fetch {
  const jar = new Map<string, string>();
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    return response;
  };
}

let n = 0;

export interface TestDevice {
  db: TesseraDb;
  client: CouchClient;
  /** Makes this device's database the one storage uses, until another device's `use`. */
  use(): void;
}

/** A device with an empty database and a client for the team database at `dbUrl` (not signed in yet). */
export function makeDevice(dbUrl: string): TestDevice {
  const db = new TesseraDb(`device-${++n}-${Date.now()}`);
  const client = new CouchClient(dbUrl, fetchWithCookies());
  return { db, client, use: () => useDb(db) };
}
