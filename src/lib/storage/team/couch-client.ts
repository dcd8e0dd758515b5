/*
 * The team database over CouchDB's HTTP API, with fetch: no PouchDB in the app. Only the calls
 * that Apache CouchDB and PouchDB Server both implement (README, "Team space"): _session (cookie
 * sign-in), the database's info, _changes, _bulk_docs, _all_docs with keys, and one revision of a
 * document. The session is CouchDB's AuthSession cookie: the browser keeps it, the app never sees
 * the password again after signing in.
 */

/** Why a call to the team database failed, in terms the UI can translate. */
export type TeamErrorCode = 'signed-out' | 'wrong-password' | 'forbidden' | 'not-found' | 'unreachable' | 'server';

export class TeamServerError extends Error {
  override name = 'TeamServerError';
  constructor(
    readonly code: TeamErrorCode,
    message: string
  ) {
    super(message);
  }
}

/** One row of `_changes` with its document (and, where CouchDB keeps several, its conflicting revisions' ids). */
export interface ChangeRow {
  id: string;
  seq: unknown;
  deleted?: boolean;
  changes: { rev: string }[];
  doc?: Record<string, unknown> & { _id: string; _rev: string; _conflicts?: string[]; _deleted?: boolean };
}

export interface BulkResult {
  id: string;
  rev?: string;
  ok?: boolean;
  error?: string;
  reason?: string;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const codeOf = (status: number): TeamErrorCode =>
  status === 401 ? 'signed-out' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : status >= 502 && status <= 504 ? 'unreachable' : 'server';

export class CouchClient {
  /** The server's root: the database URL without its last segment (where `_session` lives). */
  readonly serverUrl: string;
  readonly dbUrl: string;

  constructor(
    dbUrl: string,
    private readonly fetchFn: Fetch = (input, init) => fetch(input, init)
  ) {
    this.dbUrl = dbUrl.replace(/\/+$/, '');
    this.serverUrl = this.dbUrl.slice(0, this.dbUrl.lastIndexOf('/'));
  }

  private async call<T>(url: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchFn(url, {
        ...init,
        credentials: 'include',
        cache: 'no-store',
        headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) }
      });
    } catch (err) {
      throw new TeamServerError('unreachable', String(err));
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      throw new TeamServerError(codeOf(response.status), `${init.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 200)}`);
    }
    try {
      return (await response.json()) as T;
    } catch {
      // A page that is not JSON (a captive portal, a proxy's error page) is not the team database.
      throw new TeamServerError('unreachable', `${url}: not a CouchDB answer`);
    }
  }

  /** Signs in with CouchDB's session auth; the browser keeps the session cookie. */
  async signIn(name: string, password: string): Promise<void> {
    try {
      await this.call(`${this.serverUrl}/_session`, { method: 'POST', body: JSON.stringify({ name, password }) });
    } catch (err) {
      if (err instanceof TeamServerError && err.code === 'signed-out') throw new TeamServerError('wrong-password', err.message);
      throw err;
    }
  }

  /** Ends the session (forgets the cookie). */
  async signOut(): Promise<void> {
    await this.call(`${this.serverUrl}/_session`, { method: 'DELETE' });
  }

  /** The signed-in user's name, or null when the session has ended. */
  async sessionUser(): Promise<string | null> {
    const answer = await this.call<{ userCtx?: { name?: string | null } }>(`${this.serverUrl}/_session`);
    return answer.userCtx?.name ?? null;
  }

  /** Checks that the signed-in user may read the database. */
  async check(): Promise<void> {
    try {
      await this.call(`${this.dbUrl}`);
    } catch (err) {
      throw await this.explain(err);
    }
  }

  /**
   * The error to report for a failed call. CouchDB answers 403 to a user who is not (or no longer)
   * a member of the team; PouchDB Server answers 401, as to a session that ended. Only the session
   * tells them apart: still signed in means no permission, and signing in again would not help.
   */
  async explain(err: unknown): Promise<unknown> {
    if (!(err instanceof TeamServerError) || err.code !== 'signed-out') return err;
    const user = await this.sessionUser().catch(() => null);
    return user ? new TeamServerError('forbidden', err.message) : err;
  }

  /** Changes after `since`, with their documents and conflicting revisions' ids (photos' bytes are fetched apart, only when new). */
  async changes(since: unknown, limit: number): Promise<{ results: ChangeRow[]; last_seq: unknown }> {
    const query = new URLSearchParams({ since: typeof since === 'string' ? since : JSON.stringify(since ?? 0), limit: String(limit) });
    query.set('include_docs', 'true');
    query.set('conflicts', 'true');
    return this.call(`${this.dbUrl}/_changes?${query}`);
  }

  /** Writes documents; each gets its own result (a 409 for one is `error: 'conflict'` in its row). */
  async bulkDocs(docs: readonly object[]): Promise<BulkResult[]> {
    return this.call(`${this.dbUrl}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs }) });
  }

  /** The current (winning) revision of each document, with its conflicting revisions' ids; null where there is none or it was deleted. */
  async getMany(ids: readonly string[]): Promise<(ChangeRow['doc'] | null)[]> {
    const answer = await this.call<{ rows: { doc?: ChangeRow['doc'] | null; error?: string }[] }>(
      `${this.dbUrl}/_all_docs?include_docs=true&conflicts=true&attachments=true`,
      {
        method: 'POST',
        body: JSON.stringify({ keys: ids })
      }
    );
    return answer.rows.map((row) => row.doc ?? null);
  }

  /** Every document whose id starts with `prefix` (an assessment's photos, files or snapshots), bytes included. */
  async withPrefix(prefix: string): Promise<NonNullable<ChangeRow['doc']>[]> {
    const query = new URLSearchParams({
      startkey: JSON.stringify(prefix),
      endkey: JSON.stringify(`${prefix}\ufff0`),
      include_docs: 'true',
      attachments: 'true'
    });
    const answer = await this.call<{ rows: { doc?: ChangeRow['doc'] }[] }>(`${this.dbUrl}/_all_docs?${query}`);
    return answer.rows.flatMap((row) => (row.doc ? [row.doc] : []));
  }

  /** One revision of a document (a conflicting one, to merge it). */
  async getRevision(id: string, rev: string): Promise<NonNullable<ChangeRow['doc']>> {
    return this.call(`${this.dbUrl}/${encodeURIComponent(id)}?rev=${encodeURIComponent(rev)}&attachments=true`);
  }
}
