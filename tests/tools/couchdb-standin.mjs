// A stand-in for Apache CouchDB in tests: PouchDB Server's Express app (express-pouchdb) with
// in-memory databases, on a loopback port. It speaks the part of CouchDB's HTTP API that Tessera
// uses (README, "Team space"). Nothing is written to disk; stopping it forgets everything.
//
//   node tests/tools/couchdb-standin.mjs 5989   starts one until killed (Playwright's web server)
//   import { startCouchStandIn } from …          starts one inside a test run
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The server administrator the stand-in is created with (tests only). */
export const standInAdmin = { name: 'admin', password: 'tessera-test-admin' };

/**
 * The administrator's requests to a stand-in already running at `url` (in this process or
 * another, e.g. the one a test suite's global set-up started).
 */
export function standInClient(url) {
  const adminHeaders = {
    authorization: `Basic ${Buffer.from(`${standInAdmin.name}:${standInAdmin.password}`).toString('base64')}`,
    'content-type': 'application/json'
  };
  const call = async (method, path, body, headers = adminHeaders) => {
    const response = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    url,
    /** Creates a team database whose members are these users (created with these passwords). */
    async createTeam(db, users) {
      await call('PUT', `/${db}`);
      for (const [name, password] of Object.entries(users)) {
        await call('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' }).catch((err) => {
          if (!/409/.test(String(err))) throw err;
        });
      }
      await call('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: Object.keys(users), roles: [] } });
    },
    /** Creates a user who is not a member of any team. */
    async createUser(name, password) {
      await call('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' });
    },
    /** Any request as the administrator (for tests that look at or change the team database directly). */
    admin: call
  };
}

/** Starts the stand-in on 127.0.0.1:`port` (0: any free port). */
export async function startCouchStandIn(port = 0) {
  // The HTTP adapter and replication plugins are what express-pouchdb's CouchDB mode expects.
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'));
  const app = require('express-pouchdb')(PouchDB.defaults({ adapter: 'memory' }), {
    inMemoryConfig: true,
    // Its request log goes to the system's temporary folder, never into the work tree.
    logPath: join(tmpdir(), `tessera-couchdb-standin-${process.pid}.log`),
    mode: 'fullCouchDB',
    overrideMode: { exclude: ['routes/fauxton'] }
  });
  const server = await new Promise((resolve, reject) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  const client = standInClient(url);
  // Ends "admin party": from now on only the administrator and the users it creates get in.
  await client.admin('PUT', `/_config/admins/${standInAdmin.name}`, standInAdmin.password, { 'content-type': 'application/json' });
  return {
    ...client,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.COUCHDB_PORT ?? 5989);
  const standIn = await startCouchStandIn(port);
  console.log(`CouchDB stand-in on ${standIn.url}`);
}
