import { describeStorageError } from '$lib/storage/errors';
import { CouchClient, TeamServerError, type TeamErrorCode } from '$lib/storage/team/couch-client';
import { teamSettings, type TeamSettings } from '$lib/storage/team/team-settings';
import { teamSpaceFlag } from './team-space-flag.svelte';
import { syncWithTeam } from '$lib/storage/team/team-sync';
import { countWaiting } from '$lib/storage/team/team-waiting';
import { observe } from '$lib/storage/observe';
import { nowIso } from './clock';

/** Why the last sync failed, in words the Settings page can say. */
export type TeamSyncError = TeamErrorCode | 'storage-full' | 'storage';

/** Wait after a change before syncing, so a burst of edits goes out as one push. */
const DEBOUNCE_MS = 2_000;
/** A sync every few minutes while the app is open, for what other devices changed. */
const EVERY_MS = 3 * 60_000;

const errorOf = (err: unknown): TeamSyncError => {
  if (err instanceof TeamServerError) return err.code;
  return describeStorageError(err) === 'quota' ? 'storage-full' : 'storage';
};

/**
 * Team space: optional sync with the team's CouchDB database. Off by default, and while it is off
 * nothing is ever sent: no timer, no listener, no request. On, it syncs after a change (debounced),
 * when the device comes back online, when the app comes back to the foreground, every few minutes,
 * and on "Sync now"; one sync at a time.
 */
class TeamSync {
  #settings = $state.raw<TeamSettings | null>(null);
  #started = $state(false);
  #running = $state(false);
  #error = $state<TeamSyncError | null>(null);
  #lastSyncedAt = $state<string | null>(null);
  #waiting = $state(0);
  #client: CouchClient | null = null;
  #again = false;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #stop: (() => void) | null = null;
  #idle: (() => void)[] = [];

  /** The team database and user, or null while Team space is off. */
  get settings(): TeamSettings | null {
    return this.#settings;
  }
  /** True once the stored settings were read. */
  get started(): boolean {
    return this.#started;
  }
  /** True while a sync runs. */
  get running(): boolean {
    return this.#running;
  }
  /** Why the last sync failed; null after a sync that worked. */
  get error(): TeamSyncError | null {
    return this.#error;
  }
  /** When a sync last ended without an error. */
  get lastSyncedAt(): string | null {
    return this.#lastSyncedAt;
  }
  /** Records changed here and not yet sent. */
  get waiting(): number {
    return this.#waiting;
  }

  /** Reads the stored settings and, if Team space is on, starts syncing. Sends nothing when off. */
  async start(): Promise<void> {
    if (this.#started) return;
    let settings: TeamSettings | null = null;
    try {
      settings = await teamSettings.get();
      this.#lastSyncedAt = (await teamSettings.progress()).lastSyncedAt;
      teamSpaceFlag.remember(settings !== null);
    } catch (err) {
      // No usable storage (private browsing, refused, blocked by another tab): Team space stays
      // off, and the app's own storage message says why. Never an unhandled rejection.
      console.warn('Team space: settings could not be read', err);
    }
    this.#started = true;
    if (settings) this.#turnOn(settings);
  }

  /**
   * Turns Team space on: signs in to the database at `url` as `user` with CouchDB's session
   * auth, checks that the user may read it, stores the settings and syncs. Throws a
   * TeamServerError (wrong password, no permission, unreachable…) and stores nothing then.
   */
  async enable(url: string, user: string, password: string): Promise<void> {
    const client = new CouchClient(url.trim());
    await client.signIn(user.trim(), password);
    await client.check();
    const settings = { url: client.dbUrl, user: user.trim() };
    await teamSettings.enable(settings);
    teamSpaceFlag.remember(true);
    this.#lastSyncedAt = (await teamSettings.progress()).lastSyncedAt;
    this.#turnOn(settings, client);
  }

  /** Signs in again after the session ended (the server forgot it, or it timed out), then syncs. */
  async signInAgain(password: string): Promise<void> {
    const settings = this.#settings;
    if (!settings) return;
    const client = new CouchClient(settings.url);
    await client.signIn(settings.user, password);
    this.#client = client;
    this.#error = null;
    await this.syncNow();
  }

  /** Turns Team space off: no more requests; the session ends; assessments stay on this device. */
  async disable(): Promise<void> {
    const client = this.#client;
    this.#stop?.();
    this.#stop = null;
    this.#client = null;
    this.#settings = null;
    this.#error = null;
    this.#waiting = 0;
    this.#lastSyncedAt = null;
    teamSpaceFlag.remember(false);
    await teamSettings.disable();
    await client?.signOut().catch(() => undefined);
  }

  /** Syncs now (or right after the sync that runs); resolves when no sync runs any more. */
  async syncNow(): Promise<void> {
    if (!this.#client) return;
    if (this.#running) {
      this.#again = true;
      return new Promise((resolve) => this.#idle.push(resolve));
    }
    this.#running = true;
    try {
      do {
        this.#again = false;
        try {
          await syncWithTeam(this.#client, nowIso);
          this.#error = null;
          this.#lastSyncedAt = (await teamSettings.progress()).lastSyncedAt;
        } catch (err) {
          console.warn('Team space: sync failed', err);
          this.#error = errorOf(err);
        }
      } while (this.#again && this.#client);
    } finally {
      this.#running = false;
      this.#idle.splice(0).forEach((resolve) => resolve());
    }
  }

  #turnOn(settings: TeamSettings, client = new CouchClient(settings.url)) {
    this.#stop?.();
    this.#settings = settings;
    this.#client = client;
    const soon = () => {
      clearTimeout(this.#debounce);
      this.#debounce = setTimeout(() => void this.syncNow(), DEBOUNCE_MS);
    };
    const now = () => void this.syncNow();
    const visible = () => {
      if (document.visibilityState === 'visible') now();
    };
    // A change here (or a deletion) makes something wait: that is the cue to sync.
    const waiting = observe(countWaiting).subscribe({
      next: (n) => {
        this.#waiting = n;
        if (n > 0 && !this.#running) soon();
      },
      error: (err) => console.warn('Team space: could not count waiting changes', err)
    });
    addEventListener('online', now);
    document.addEventListener('visibilitychange', visible);
    addEventListener('pageshow', now);
    const timer = setInterval(now, EVERY_MS);
    this.#stop = () => {
      waiting.unsubscribe();
      removeEventListener('online', now);
      document.removeEventListener('visibilitychange', visible);
      removeEventListener('pageshow', now);
      clearInterval(timer);
      clearTimeout(this.#debounce);
    };
    now();
  }
}

/** The one Team space sync of this tab. */
export const teamSync = new TeamSync();
export type { TeamSettings };
