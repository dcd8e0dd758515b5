import { createHash } from 'node:crypto';

const inlineScript = /<script>((?:(?!<\/script>)[\s\S])*)<\/script>/g;
const modulePreload = /<link\b[^>]*\brel="modulepreload"[^>]*>[ \t]*\n?[ \t]*/g;
const ownElement = 'document.currentScript.parentElement';

/** The `'sha256-…'` source of a Content Security Policy for an inline script's text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * A prerendered page whose app starts after its first paint. The page is complete in its HTML, so
 * the first paint needs none of the app's code; fetched and compiled meanwhile, on a tablet with
 * few cores, the scripts held that paint back. SvelteKit's `modulepreload` links are taken out.
 * Its start script waits until the first frame has been drawn (a frame later; a timer as well, for
 * a tab opened in the background, which draws no frames), then adds the same links at once, so the
 * modules are still fetched side by side, and starts the app as before. SvelteKit reads
 * `sessionStorage` as its code starts, and a page's first read of it waits on the browser (about
 * 8 ms on two cores): that read is made a task earlier, outside the modules' evaluation. The
 * script's hash in the page's Content Security Policy is replaced by the new script's.
 *
 * Throws when SvelteKit's page no longer looks as expected, so an update fails the build instead of
 * shipping a page whose app never starts.
 */
export function bootAfterFirstPaint(html: string): string {
  const scripts = [...html.matchAll(inlineScript)].filter(([, text]) => text.includes('__sveltekit_'));
  if (scripts.length !== 1) throw new Error(`Expected one SvelteKit start script in the page, found ${scripts.length}`);
  const [whole, start] = scripts[0];
  if (start.split(ownElement).length !== 2) throw new Error(`SvelteKit's start script no longer reads ${ownElement} once`);
  const oldHash = scriptHash(start);
  if (!html.includes(oldHash)) throw new Error("SvelteKit's start script is not in the page's Content Security Policy");

  const hrefs = [...html.matchAll(modulePreload)].map(([link]) => /\bhref="([^"]+)"/.exec(link)?.[1]);
  if (hrefs.length === 0 || hrefs.some((href) => !href)) throw new Error('Expected modulepreload links with an address in the page');
  const boot = `
				(function () {
					var page = ${ownElement};
					var started = false;
					function start() {
						if (started) return;
						started = true;
						try {
							sessionStorage.getItem('sveltekit:scroll');
						} catch (e) {}
						setTimeout(function () {
							${JSON.stringify(hrefs)}.forEach(function (href) {
								var link = document.createElement('link');
								link.rel = 'modulepreload';
								link.href = href;
								document.head.appendChild(link);
							});
							${start.replace(ownElement, 'page').trim()}
						});
					}
					requestAnimationFrame(function () {
						requestAnimationFrame(function () {
							setTimeout(start);
						});
					});
					setTimeout(start, 250);
				})();
			`;
  const at = html.indexOf(whole);
  return (html.slice(0, at) + `<script>${boot}</script>` + html.slice(at + whole.length)).replace(modulePreload, '').replace(oldHash, scriptHash(boot));
}
