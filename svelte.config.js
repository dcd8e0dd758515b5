import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** CSP hashes of the inline scripts in src/app.html (the language gate), so the policy allows exactly them. */
const appHtmlScriptHashes = [...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
);

/**
 * Team space, when CouchDB cannot be served under the app's own origin: one named origin (e.g.
 * `https://couch.example.org`) added to `connect-src` at build time. Unset, the policy stays
 * `connect-src 'self'` (README, "Team space").
 */
const syncOrigin = process.env.TESSERA_SYNC_ORIGIN ?? '';
if (syncOrigin && !/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(syncOrigin)) {
  throw new Error(`TESSERA_SYNC_ORIGIN must be one https origin such as https://couch.example.org, not ${syncOrigin}`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    alias: { $locales: 'locales' },
    // workbox-window registers the worker itself (src/lib/pwa), so it can drive the update prompt.
    serviceWorker: { register: false },
    prerender: { handleHttpError: 'fail' },
    // Small stylesheets go inline into the page's <style>: no render-blocking requests before the first paint.
    inlineStyleThreshold: 16384,
    // Prerendered pages get this policy as a <meta> tag, with hashes for SvelteKit's inline boot script.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        // 'wasm-unsafe-eval' lets the vote-card scanner compile ZXing's WebAssembly (served by Tessera
        // itself) where the browser has no BarcodeDetector of its own: iPad Safari, Firefox, Chromium
        // on Linux and Windows. It allows WebAssembly only, never eval() of JavaScript (README, CSP).
        'script-src': ['self', 'wasm-unsafe-eval', ...appHtmlScriptHashes],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': syncOrigin ? ['self', syncOrigin] : ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
