import { expect } from 'vitest';
import { inject } from 'vitest';
import { dumpDatabase } from '../../shared/in-page';
import { byLabel, byRole, closest, eventually, markOpenedInPage, type Found, type Session } from './webkit';

/** The production build's address, or the address of a proxy in front of it. */
export const appUrl = () => inject('webkit').appUrl;

/** Waits until the app has hydrated (the root element says so). */
export async function waitForApp(session: Session): Promise<void> {
  await eventually(session, () => session.execute(() => document.documentElement.dataset.ready === 'true'), 'the app to be ready');
}

/**
 * Opens a path of the app (on `origin`, the server or a proxy) and waits for the new page to be
 * ready. WebKitWebDriver can answer the navigation before the old page is gone, so a marker left
 * on the old page tells it apart from the new one (whose `data-ready` would otherwise pass).
 */
export async function visit(session: Session, path: string, origin = appUrl()): Promise<void> {
  await session.execute(() => ((window as unknown as { beforeVisit: boolean }).beforeVisit = true));
  await session.url(`${origin}${path}`);
  await eventually(
    session,
    () => session.execute(() => !(window as unknown as { beforeVisit?: boolean }).beforeVisit && document.documentElement.dataset.ready === 'true'),
    `the page ${path} to be ready`
  );
  await session.execute(markOpenedInPage);
}

/** Reloads the page and waits for the new one to be ready (a marker set before says it is new). */
export async function reload(session: Session): Promise<void> {
  await session.execute(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
  await session.refresh();
  await eventually(
    session,
    () => session.execute(() => !(window as unknown as { beforeReload?: boolean }).beforeReload && document.documentElement.dataset.ready === 'true'),
    'the reloaded page'
  );
  await session.execute(markOpenedInPage);
}

/** Types into a field as the keyboard would, replacing what it held, then leaves it (text fields save on blur). */
export async function fill(session: Session, field: Found, text: string, { leave = true } = {}): Promise<void> {
  await field.setValue(text);
  if (leave) await session.execute((el) => (el as unknown as HTMLElement).blur(), field);
}

/**
 * Taps an element once it can take the tap, as Playwright's actionability checks do. It is
 * scrolled to the middle of the screen first, as a person would: WebDriver scrolls it only just
 * into view, where the update prompt or the save bar can sit over it. Then the tap waits until the
 * element has stopped moving (a save that lands re-renders the page, and a rule card can grow
 * above it) and is what a tap at its centre would hit.
 */
export async function press(element: Found): Promise<void> {
  const session = element.parent as Session;
  await session.execute((el) => (el as unknown as Element).scrollIntoView({ block: 'center' }), element);
  await eventually(session, () => session.execute(readyForTap, element), 'the element to stop moving and take the tap');
  await element.click();
}

/** In the page: true when the element kept its place over two frames and a tap at its centre hits it (or its label). */
async function readyForTap(el: unknown): Promise<boolean> {
  const target = el as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };
  const place = () => JSON.stringify(target.getBoundingClientRect());
  const before = place();
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  if (place() !== before) return false;
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) {
    target.scrollIntoView({ block: 'center' });
    return false;
  }
  const hit = document.elementFromPoint(x, y);
  return hit !== null && (target.contains(hit) || [...(target.labels ?? [])].some((label) => label.contains(hit)));
}

/** Chooses a radio button or checkbox the way a tap does. */
export async function tick(control: Found): Promise<void> {
  const session = control.parent as Session;
  await press(control);
  await eventually(
    session,
    async () => {
      if (await control.isSelected()) return true;
      // Said when it times out: was the change saved, or is it waiting or failed?
      const status = await session.execute(() => document.querySelector('[data-saves]')?.textContent?.trim() ?? 'no status bar');
      throw new Error(`still unchecked; the save status says “${status}”`);
    },
    'the control to be checked'
  );
}

/**
 * Waits for a save that happened after the last call (on this page load), and for the polite
 * status to say "Saved". A "Saved" still showing from an earlier change does not count: the
 * status bar counts saves (`data-saves`), and the page remembers the count this last saw.
 */
export async function expectSaved(session: Session): Promise<void> {
  await eventually(
    session,
    () =>
      session.execute(() => {
        const seen = window as unknown as { tesseraSavesSeen?: number };
        const saves = Math.max(0, ...[...document.querySelectorAll<HTMLElement>('[data-saves]')].map((el) => Number(el.dataset.saves)));
        const saved = [...document.querySelectorAll('[role=status]')].some((el) => /^\s*✓?\s*Saved\s*$/.test(el.textContent ?? ''));
        if (saves <= (seen.tesseraSavesSeen ?? 0) || !saved) return false;
        seen.tesseraSavesSeen = saves;
        return true;
      }),
    'a new “Saved”'
  );
}

/** Waits until a field holds this value. */
export async function expectValue(session: Session, field: Found, value: string): Promise<void> {
  await eventually(session, async () => expect(await field.getValue()).toBe(value), `the value “${value}”`);
}

/** Creates an assessment through the New assessment dialog and returns its id from the overview's address. */
export async function createAssessment(session: Session, serviceName: string, origin = appUrl()): Promise<string> {
  await visit(session, '/', origin);
  await (await byRole(session, 'button', 'New assessment', { first: true })).click();
  const dialog = await byRole(session, 'dialog', 'New assessment');
  await fill(session, await byLabel(session, 'Service name', { within: dialog }), serviceName);
  await fill(session, await byLabel(session, 'Organisation', { within: dialog }), 'Municipality of Patras');
  await (await byRole(session, 'button', 'Create and open', { within: dialog })).click();
  await byRole(session, 'heading', serviceName, { level: 1 });
  return new URL(await session.getUrl()).searchParams.get('id') ?? '';
}

/** The card of a golden rule on a stage page. */
export async function ruleCard(session: Session, rule: number): Promise<Found> {
  return closest(session, await byRole(session, 'heading', new RegExp(`Golden rule ${rule}\\b`)), 'article');
}

/** The radio of a rating level in a rule's rating group. */
export async function rating(session: Session, rule: number, level: string): Promise<Found> {
  return byRole(session, 'radio', level, { within: () => byRole(session, 'group', `Rating of golden rule ${rule}`) });
}

/**
 * Waits until the service worker has precached the app and controls this page: only then does
 * the app work with the server gone.
 */
export async function waitForServiceWorker(session: Session): Promise<void> {
  await eventually(
    session,
    () => session.execute(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null),
    'the service worker to control the page',
    30_000
  );
}

/** The stored assessments of the device at `origin`, raw from IndexedDB (it opens that origin's Privacy page). */
export async function storedAssessments(session: Session, origin: string): Promise<unknown[]> {
  await visit(session, '/privacy', origin);
  return (JSON.parse(await session.execute(dumpDatabase)) as { assessments?: unknown[] }).assessments ?? [];
}
