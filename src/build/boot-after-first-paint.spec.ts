import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootAfterFirstPaint, scriptHash } from './boot-after-first-paint';

const languageGate = `
      var wanted = localStorage.getItem('tessera.language');
    `;
/** SvelteKit's start script, as it prerenders it. */
const kitStart = `
				{
					__sveltekit_abc = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 4], data: [null,null], form: null, error: null });
					});
				}
			`;
const links = ['./_app/immutable/entry/start.A.js', './_app/immutable/chunks/C.js', './_app/immutable/entry/app.B.js'];

/** A page shaped like a prerendered one: its policy allows both inline scripts by hash. */
function page({ start = kitStart, preloads = links, policyHashes = [scriptHash(languageGate), scriptHash(kitStart)] } = {}): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <script>${languageGate}</script>
    ${preloads.map((href) => `<link href="${href}" rel="modulepreload">`).join('\n\t\t')}
    <meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyHashes.join(' ')}">
  </head>
  <body>
    <div style="display: contents"><main>Welcome</main>
			<script>${start}</script>
		</div>
  </body>
</html>`;
}

const inlineScripts = (html: string) => [...html.matchAll(/<script>((?:(?!<\/script>)[\s\S])*)<\/script>/g)].map(([, text]) => text);
const policy = (html: string) => /content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

/** Runs the page's start script against a stand-in browser that draws frames and fires timers only when told to. */
function runStart(html: string) {
  const start = inlineScripts(html).find((text) => text.includes('__sveltekit_'))!;
  const frames: (() => void)[] = [];
  const timers: { run: () => void; delay: number }[] = [];
  const appended: string[] = [];
  const imported: string[] = [];
  const sessionReads: string[] = [];
  const page = { tagName: 'DIV' };
  const context = {
    document: {
      currentScript: { parentElement: page },
      createElement: () => ({ rel: '', href: '' }),
      head: { appendChild: (link: { rel: string; href: string }) => appended.push(`${link.rel} ${link.href}`) }
    },
    location: new URL('http://localhost/'),
    sessionStorage: { getItem: (key: string) => (sessionReads.push(key), null) },
    URL,
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, delay = 0) => timers.push({ run, delay }),
    Promise,
    // The script's `import()`, recorded with what was appended before it; the modules never arrive.
    load: (url: string) => {
      imported.push(`${url} after ${appended.length} links`);
      return new Promise(() => {});
    }
  } as Record<string, unknown>;
  runInNewContext(start.replaceAll('import(', 'load('), context);
  /** Fires the timers set so far that `filter` picks, in order, as the browser would; returns how many fired. */
  const fireTimers = (filter: (delay: number) => boolean = () => true) => {
    const due = timers.filter((timer) => filter(timer.delay));
    for (const timer of due) timers.splice(timers.indexOf(timer), 1);
    due.forEach((timer) => timer.run());
    return due.length;
  };
  /** Draws one frame: runs the frame callbacks asked for so far. */
  const drawFrame = () => frames.splice(0).forEach((frame) => frame());
  return { drawFrame, fireTimers, appended, imported, sessionReads, started: () => '__sveltekit_abc' in context };
}

describe('bootAfterFirstPaint', () => {
  it('takes the modulepreload links out of the HTML, and keeps everything else', () => {
    const html = bootAfterFirstPaint(page());
    expect(html).not.toMatch(/<link[^>]*modulepreload/);
    expect(html).toContain('<main>Welcome</main>');
    expect(inlineScripts(html)[0]).toBe(languageGate);
  });

  it("lets the page's policy allow every inline script, and no longer the old start script", () => {
    const html = bootAfterFirstPaint(page());
    for (const text of inlineScripts(html)) expect(policy(html)).toContain(scriptHash(text));
    expect(policy(html)).not.toContain(scriptHash(kitStart));
  });

  it('starts nothing while the page is parsed, and starts the app after the first frame: the links at once, then the app', () => {
    const run = runStart(bootAfterFirstPaint(page()));
    expect(run.appended).toEqual([]);
    expect(run.started()).toBe(false);

    run.drawFrame();
    expect(run.fireTimers((delay) => delay === 0), 'nothing after the first frame is drawn, before it is shown').toBe(0);
    run.drawFrame();
    expect(run.appended, 'not inside a frame').toEqual([]);
    run.fireTimers((delay) => delay === 0);
    expect(run.sessionReads, "SvelteKit's first sessionStorage read, in a task of its own").toEqual(['sveltekit:scroll']);
    expect(run.started()).toBe(false);
    run.fireTimers((delay) => delay === 0);
    expect(run.appended).toEqual(links.map((href) => `modulepreload ${href}`));
    expect(run.imported).toEqual(['./_app/immutable/entry/start.A.js after 3 links', './_app/immutable/entry/app.B.js after 3 links']);
    expect(run.started()).toBe(true);
  });

  it('starts a page that draws no frame (a tab opened in the background) on its timer, and only once', () => {
    const run = runStart(bootAfterFirstPaint(page()));
    run.fireTimers((delay) => delay > 0);
    run.fireTimers();
    expect(run.started()).toBe(true);
    run.drawFrame();
    run.drawFrame();
    while (run.fireTimers() > 0);
    expect(run.appended).toHaveLength(links.length);
    expect(run.imported).toHaveLength(2);
    expect(run.sessionReads).toHaveLength(1);
  });

  it.each([
    ['no start script', page({ start: 'console.log(1)' }), /one SvelteKit start script/],
    ['a start script that no longer finds its element', page({ start: kitStart.replace('document.currentScript.parentElement', 'null') }), /currentScript/],
    ["a start script the policy does not name", page({ policyHashes: [scriptHash(languageGate)] }), /Content Security Policy/],
    ['no modulepreload links', page({ preloads: [] }), /modulepreload/]
  ])('fails the build on a page unlike SvelteKit’s: %s', (_, html, message) => {
    expect(() => bootAfterFirstPaint(html)).toThrow(message);
  });
});
