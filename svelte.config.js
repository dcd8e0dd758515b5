import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** CSP hashes of the inline scripts in src/app.html (the language gate), so the policy allows exactly them. */
const appHtmlScriptHashes = [...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
);

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
        'script-src': ['self', ...appHtmlScriptHashes],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
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
