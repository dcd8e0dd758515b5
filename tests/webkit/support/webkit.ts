import { inject } from 'vitest';
import { remote } from 'webdriverio';
import { findInPage, nameArg, roleSelectors, type Name, type Query, type Role } from './locate';

/** How long a journey waits for the page to reach a state before it fails. */
export const STATE_TIMEOUT = 15_000;

/** A WebKit browser session (MiniBrowser in WebKitGTK, through its WebDriver). */
export type Session = WebdriverIO.Browser;
/** An element found in the page. */
export type Found = WebdriverIO.Element;

/**
 * Opens a new WebKit session: a fresh browser with its own, empty profile. Classic WebDriver
 * only: WebKitWebDriver has no WebDriver BiDi, which webdriverio would otherwise ask for. With
 * `camera`, the page can open a camera (MediaStream on, WebKit's mock capture device), with no
 * permission prompt under automation.
 */
export async function openWebKit({ camera = false } = {}): Promise<Session> {
  const { driverPort, browserBinary } = inject('webkit');
  const session = await remote({
    hostname: '127.0.0.1',
    port: driverPort,
    path: '/',
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: browserBinary,
        args: ['--automation', ...(camera ? ['--enable-media-stream=true', '--enable-mock-capture-devices=true'] : [])]
      },
      'wdio:enforceWebDriverClassic': true
    } as WebdriverIO.Capabilities
  });
  // The tablet the app is designed for first: an iPad in landscape.
  await session.setWindowSize(1024, 768);
  return session;
}

/**
 * Ends a session and closes its browser. WebKitWebDriver sometimes drops the connection as the
 * browser quits instead of answering; the browser is gone either way.
 */
export async function closeWebKit(session: Session | undefined): Promise<void> {
  await session?.deleteSession().catch((err: Error) => {
    if (!/UND_ERR_SOCKET|ECONNRESET|socket/i.test(String(err.message))) throw err;
  });
}

/** Waits until `check` stops throwing (an assertion) or returns true, then returns its value. */
export async function eventually<T>(session: Session, check: () => Promise<T>, what: string, timeout = STATE_TIMEOUT): Promise<T> {
  let last: unknown;
  let value: T | undefined;
  await session
    .waitUntil(
      async () => {
        try {
          value = await check();
          return value !== false;
        } catch (err) {
          last = err;
          return false;
        }
      },
      { timeout, interval: 100 }
    )
    .catch(() => {
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String((last as Error).message ?? last)}` : ''}`);
    });
  return value as T;
}

/**
 * Where to look: an element, or how to find it. Found again on every attempt when it is a
 * function, so a part of the page that is drawn again while the journey waits does not leave it
 * holding an element that is gone.
 */
export type Scope = Found | (() => Promise<Found>);

interface Within {
  within?: Scope;
  /** Several match and the first in document order is meant (e.g. a button repeated on the page). */
  first?: boolean;
}

/** WebKitWebDriver's answer for an element that is no longer in the page. */
const isStale = (err: unknown) => /was not found|stale element/i.test(String((err as Error)?.message ?? err));

/** Finds the one element that matches, waiting for it to appear. */
async function findOne(session: Session, query: Query, { within, first = false }: Within, what: string): Promise<Found> {
  let stale = false;
  const element = await eventually(
    session,
    async () => {
      const root = typeof within === 'function' ? await within() : (within ?? null);
      const found = (await session.execute(findInPage, root, query).catch((err: unknown) => {
        stale ||= isStale(err);
        throw err;
      })) as unknown as object[];
      if (found.length === 0 || (found.length > 1 && !first)) throw new Error(`${found.length} elements match`);
      return session.$(found[0] as never) as unknown as Found;
    },
    what
  ).catch(async (err: Error) => {
    // Says what the page was at the end, so that a failure in CI can be read without a rerun.
    const page = await describePage(session).catch((e: Error) => `the page could not be read (${e.message})`);
    throw new Error(`${err.message}${stale ? ' (the element to look within was gone from the page)' : ''}. ${page}`);
  });
  // Found in the end, but a part of the page was drawn again (or the page loaded again) meanwhile: worth a line in the log.
  if (stale) console.warn(`Found ${what} after the element to look within left the page. ${await describePage(session)}`);
  return element;
}

/**
 * Runs in the page once it is ready: marks it as a page the journey opened, and keeps what it
 * reports as errors from then on (console.error, as the app's error boundary logs, uncaught errors
 * and unhandled rejections), so that a failure can say them.
 */
export function markOpenedInPage(): void {
  const w = window as unknown as { visited?: boolean; pageErrors?: string[] };
  if (w.visited) return;
  w.visited = true;
  const errors: string[] = (w.pageErrors = []);
  const keep = (text: string) => {
    if (errors.length < 5) errors.push(text.slice(0, 300));
  };
  const logError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    keep(args.map(String).join(' '));
    logError(...args);
  };
  addEventListener('error', (event) => keep(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) => keep(`unhandled rejection: ${String(event.reason)}`));
}

/** The page as the journey left it: address, whether it is still a page the journey opened (`visit`, `reload`), its heading, and the errors it reported. */
async function describePage(session: Session): Promise<string> {
  const page = await session.execute(() => ({
    url: location.href,
    visited: (window as unknown as { visited?: boolean }).visited === true,
    errors: (window as unknown as { pageErrors?: string[] }).pageErrors ?? [],
    navigation: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type ?? '?',
    heading: document.querySelector('h1')?.textContent?.trim() ?? '(none)'
  }));
  const opened = page.visited ? 'a page the journey opened' : 'a whole page loaded since the journey opened one, by itself or by a link';
  const errors = page.errors.length > 0 ? ` Errors it reported: ${page.errors.join(' | ')}` : ' It reported no error.';
  return `Page: ${page.url} (${opened}, navigation: ${page.navigation}), heading “${page.heading}”.${errors}`;
}

/** How many elements match, right now. */
export async function countOf(session: Session, query: Query, within?: Found): Promise<number> {
  const found = (await session.execute(findInPage, within ?? null, query)) as unknown[];
  return found.length;
}

/** The query for an element by its role and accessible name. */
export function roleQuery(role: Role, name?: Name, level?: number): Query {
  return { kind: 'role', role, selector: roleSelectors[role], name: nameArg(name), level };
}

/** An element by its role and accessible name, e.g. byRole(s, 'button', 'New assessment'). */
export async function byRole(session: Session, role: Role, name?: Name, options: Within & { level?: number } = {}): Promise<Found> {
  const element = await findOne(session, roleQuery(role, name, options.level), options, `the ${role} “${String(name ?? '')}”`);
  // The page's idea of the role must be WebKit's too.
  const computed = await element.getComputedRole();
  if (computed !== role && !(role === 'img' && computed === 'image')) throw new Error(`the ${role} “${String(name)}” has WebKit role ${computed}`);
  return element;
}

/** A form field by its label. */
export function byLabel(session: Session, label: Name, options: Within = {}): Promise<Found> {
  return findOne(session, { kind: 'label', name: nameArg(label) }, options, `the field labelled “${String(label)}”`);
}

/** The innermost visible element whose text is this. */
export function byText(session: Session, text: Name, options: Within = {}): Promise<Found> {
  return findOne(session, { kind: 'text', name: nameArg(text) }, options, `the text “${String(text)}”`);
}

/** The nearest ancestor (or the element itself) that matches a CSS selector. */
export async function closest(session: Session, element: Found, selector: string): Promise<Found> {
  const found = await session.execute((el, css) => (el as unknown as Element).closest(css), element as unknown as Element, selector);
  if (!found) throw new Error(`no ${selector} around the element`);
  return session.$(found as never) as unknown as Found;
}

/** Waits until nothing matches (e.g. a dialog has closed). */
export async function gone(session: Session, query: Query, what: string, within?: Found): Promise<void> {
  await eventually(session, async () => (await countOf(session, query, within)) === 0, `${what} to be gone`);
}
