import { dev } from '$app/environment';
import type { Workbox } from 'workbox-window';
import { saveEdits } from './save-edits';

/** What a manual check for updates found out. */
export type UpdateCheck = 'latest' | 'found' | 'ready' | 'offline' | 'unreachable' | 'unsupported';

/**
 * Registers the service worker, says whether the app is ready for offline use, and tracks
 * whether a new version waits. A new version only takes over when the user asks (never
 * skipWaiting on its own), and only after every edit is written, so the reload loses nothing.
 */
class Updates {
  #workbox: Workbox | null = null;
  #registration: Promise<ServiceWorkerRegistration | undefined> | null = null;
  #waiting = $state(false);
  #offlineReady = $state(false);
  #checking = $state(false);
  #dismissed = $state(false);
  #unsaved = $state(false);
  #reloadRequested = false;

  /** This browser can keep the app for offline use. */
  get supported(): boolean {
    return typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  }

  /** Every file of the app is stored on the device: it works with no network. */
  get offlineReady(): boolean {
    return this.#offlineReady;
  }

  /** A new version is installed and waits for the user's go-ahead. */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** The non-blocking prompt is showing (a version waits and the user has not said "later"). */
  get prompting(): boolean {
    return this.#waiting && !this.#dismissed;
  }

  /** The last attempt to reload stopped because an edit could not be saved. */
  get unsaved(): boolean {
    return this.#unsaved;
  }

  /** A manual check for updates is running. */
  get checking(): boolean {
    return this.#checking;
  }

  /** Registers the worker once, in the browser only. */
  async start(url: string): Promise<void> {
    if (this.#workbox || !this.supported) return;
    // Loaded after the first paint: registering the worker is never on the critical path.
    const { Workbox } = await import('workbox-window');
    if (this.#workbox) return;
    // In `vite dev` SvelteKit serves the worker as an ES module. updateViaCache 'none': an update
    // check always asks the server, never the HTTP cache (Safari's installed apps otherwise lag).
    const wb = new Workbox(url, { type: dev ? 'module' : 'classic', updateViaCache: 'none' });
    this.#workbox = wb;
    wb.addEventListener('waiting', () => {
      this.#waiting = true;
      this.#dismissed = false;
    });
    this.#watchController();
    this.#registration = wb.register().catch((err: unknown) => {
      console.error(err);
      return undefined;
    });
    // An active worker has precached the whole app (installing fails unless every file is stored).
    void navigator.serviceWorker.ready.then(() => (this.#offlineReady = true));
    // Client-side navigation never asks for a new worker, so ask when the app comes back to view
    // (an app on an iPad's home screen keeps running its old version until it is killed), when
    // the page returns from the back/forward cache, and when the network returns.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) void this.check();
    });
    window.addEventListener('online', () => void this.check());
  }

  /** Asks the server whether a new version exists; never throws, offline included. */
  async check(): Promise<UpdateCheck> {
    const registration = await this.#registration;
    if (!registration) return 'unsupported';
    if (this.#waiting || registration.waiting) return 'ready';
    if (!navigator.onLine) return 'offline';
    this.#checking = true;
    try {
      await registration.update();
      // update() resolves once the new script is fetched; a different one is installing by then.
      return registration.installing || registration.waiting ? 'found' : 'latest';
    } catch {
      return 'unreachable';
    } finally {
      this.#checking = false;
    }
  }

  /**
   * Lets the waiting version take over and reloads. Stops instead when an edit could not be
   * saved, unless the user confirmed they want to reload anyway.
   */
  async apply({ force = false } = {}): Promise<void> {
    if (!(await saveEdits()) && !force) {
      this.#unsaved = true;
      return;
    }
    this.#unsaved = false;
    this.#reloadRequested = true;
    const registration = await this.#registration;
    if (registration?.waiting) this.#workbox?.messageSkipWaiting();
    // Already activated (by another tab, say): nothing left to wait for.
    else window.location.reload();
  }

  /** Hides the prompt until the next new version; Settings still offers the reload. */
  dismiss(): void {
    this.#dismissed = true;
  }

  /**
   * Reloads when a new version takes control of this page: after the user asked for it here,
   * or in another tab (this page then runs old code against new files). A first install that
   * merely claims the page changes nothing, so it causes no reload.
   */
  #watchController(): void {
    let controlled = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.addEventListener('controllerchange', async () => {
      const wasControlled = controlled;
      controlled = true;
      if (!wasControlled && !this.#reloadRequested) return;
      if ((await saveEdits()) || this.#reloadRequested) {
        window.location.reload();
        return;
      }
      // Another tab updated while this one holds an unsaved edit: keep it and let the user decide.
      this.#waiting = true;
      this.#dismissed = false;
      this.#unsaved = true;
    });
  }
}

export const updates = new Updates();
