import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findWebKit } from '../tools/webkit-binaries.mjs';
import { answers, start, stop, waitUntilReady, type Started } from './support/processes';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What the journeys need to open a WebKit session against the production build. */
export interface WebKitSetup {
  appUrl: string;
  driverPort: number;
  browserBinary: string;
  /** The CouchDB stand-in's own address, for tests that set up a team as its administrator would. */
  couchUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    webkit: WebKitSetup;
  }
}

/**
 * Builds the app once, serves the production build (vite preview, so the service worker is real)
 * with the CouchDB stand-in proxied under /couchdb/ (Team space, as in the Chromium tests), and
 * starts a virtual display with WebKitGTK's WebDriver on it. Everything it started is stopped at
 * the end, whether the journeys passed or not.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { driver, xvfb, browser } = findWebKit();
  if (!driver || !xvfb || !browser) throw new Error('WebKitGTK is missing: run `node tests/tools/ensure-webkit.mjs`.');
  const port = Number(process.env.PORT ?? 4173);
  const driverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);
  const couchPort = Number(process.env.WEBKIT_COUCHDB_PORT ?? 5990);
  const started: Started[] = [];
  const stopAll = async () => {
    for (const running of started.reverse()) await stop(running);
  };
  // A crash or Ctrl-C of the test run still stops the display, the driver and the server.
  const onExit = () => started.forEach(({ child }) => child.pid && !child.exitCode && tryKill(-child.pid));
  process.once('exit', onExit);

  try {
    if (process.env.WEBKIT_SKIP_BUILD !== '1') build();

    // Something else answering there would be tested instead of this build.
    const couchUrl = `http://127.0.0.1:${couchPort}`;
    for (const url of [`http://localhost:${port}`, `http://127.0.0.1:${driverPort}/status`, couchUrl]) {
      if (await answers(url).catch(() => false))
        throw new Error(`${url} is already in use: stop what runs there, or set PORT / WEBKIT_DRIVER_PORT / WEBKIT_COUCHDB_PORT.`);
    }
    const couch = start('CouchDB stand-in', process.execPath, [`${root}tests/tools/couchdb-standin.mjs`, String(couchPort)], {});
    started.push(couch);
    await waitUntilReady(couch, () => answers(couchUrl), 30_000);
    const server = start('vite preview', process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'preview', '--port', String(port), '--strictPort'], {
      TESSERA_COUCHDB_PROXY: couchUrl
    });
    started.push(server);
    const appUrl = `http://localhost:${port}`;
    await waitUntilReady(server, () => answers(appUrl), 30_000);

    const display = await startDisplay(xvfb);
    started.push(display.started);

    const webDriver = start('WebKitWebDriver', driver, [`--port=${driverPort}`], { DISPLAY: display.name });
    started.push(webDriver);
    await waitUntilReady(webDriver, () => answers(`http://127.0.0.1:${driverPort}/status`), 15_000);

    project.provide('webkit', { appUrl, driverPort, browserBinary: browser, couchUrl });
  } catch (err) {
    await stopAll();
    throw err;
  }
  return async () => {
    await stopAll();
    process.off('exit', onExit);
  };
}

/**
 * Starts Xvfb on a display it picks itself (-displayfd), so a display left by another program
 * never clashes; WEBKIT_DISPLAY (e.g. ":99") asks for a fixed one.
 */
async function startDisplay(xvfb: string): Promise<{ name: string; started: Started }> {
  const fixed = process.env.WEBKIT_DISPLAY;
  const args = [fixed ?? '-displayfd', ...(fixed ? [] : ['3']), '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'];
  const started = start('Xvfb', xvfb, args, {}, 1);
  if (fixed) {
    await waitUntilReady(started, async () => started.child.exitCode === null, 1000);
    return { name: fixed, started };
  }
  const fd = started.child.stdio[3] as NodeJS.ReadableStream;
  let text = '';
  await waitUntilReady(
    started,
    async () => {
      const chunk = fd.read() as Buffer | null;
      if (chunk) text += chunk.toString();
      return /\d+\n/.test(text);
    },
    10_000
  );
  return { name: `:${text.trim()}`, started };
}

/** The production build, quietly; its output is shown only when it fails. */
function build() {
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`vite build failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`, { cause: err });
  }
}

function tryKill(pid: number) {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
