import type { Workbox } from 'workbox-window';

/**
 * Registers the service worker and tracks whether a new version waits. The new version only
 * takes over when the user asks (never skipWaiting on its own): edits are saved as they happen,
 * so the reload that follows loses nothing.
 */
class Updates {
  #workbox: Workbox | null = null;
  #waiting = $state(false);
  #checking = $state(false);
  #registered = $state(false);

  /** A new version is installed and waits for the user's go-ahead. */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** A manual check for updates is running. */
  get checking(): boolean {
    return this.#checking;
  }

  /** The app is served by a service worker and works offline. */
  get registered(): boolean {
    return this.#registered;
  }

  /** Registers the worker once, in the browser only. */
  async start(url: string): Promise<void> {
    if (this.#workbox || !('serviceWorker' in navigator)) return;
    // Loaded after the first paint: registering the worker is never on the critical path.
    const { Workbox } = await import('workbox-window');
    if (this.#workbox) return;
    const wb = new Workbox(url);
    this.#workbox = wb;
    wb.addEventListener('waiting', () => (this.#waiting = true));
    // Once the new worker controls the page, load the page again from it.
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    wb.register().then((reg) => (this.#registered = Boolean(reg)));
    // Client-side navigation never asks for a new worker, so ask when the app comes back to view.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
  }

  /** Asks the server whether a new version exists; offline this quietly does nothing. */
  async check(): Promise<void> {
    if (!this.#workbox) return;
    this.#checking = true;
    try {
      await this.#workbox.update();
    } catch {
      // offline or the server is unreachable: the current version keeps working
    } finally {
      this.#checking = false;
    }
  }

  /** Lets the waiting version take over; the page reloads when it does. */
  apply(): void {
    this.#workbox?.messageSkipWaiting();
  }
}

export const updates = new Updates();
