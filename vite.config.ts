import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Puts all the code the first page needs before it can show anything (SvelteKit's client runtime,
 * the root layout and the assessment list, with everything they import statically) into one
 * chunk.
 *
 * Left to itself the bundler splits shared code by which routes use it, and the list page then
 * starts with ~35 small files. Over HTTP/1.1 a browser fetches six at a time, so a first visit on
 * a tablet's mobile connection waits for about six round trips of scripts before the list shows.
 * One chunk costs the same bytes in one request. Other routes that share some of this code load
 * the whole chunk, a few kB they would not strictly need; the service worker precaches it anyway.
 */
function firstPageChunk(): Plugin {
  const firstPage = new Set<string>();
  const roots = [resolve('src/routes/+layout.svelte'), resolve('src/routes/+layout.ts'), resolve('src/routes/+page.svelte')];

  return {
    name: 'tessera-first-page-chunk',
    apply: 'build',
    buildEnd() {
      firstPage.clear();
      const ids = [...this.getModuleIds()];
      // Only the browser build has SvelteKit's generated client app; the server build is left alone.
      const starts = ids.filter((id) => {
        const info = this.getModuleInfo(id);
        if (!info?.isEntry) return false;
        if (/[\\/]client-optimized[\\/]app\.js$/.test(id) || /[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/.test(id)) return true;
        return /[\\/]client-optimized[\\/]nodes[\\/]/.test(id) && info.importedIds.some((imported) => roots.includes(imported));
      });
      if (!starts.some((id) => /client-optimized[\\/]app\.js$/.test(id))) return;
      const stack = [...starts];
      while (stack.length > 0) {
        const id = stack.pop()!;
        const info = this.getModuleInfo(id);
        if (!info || firstPage.has(id)) continue;
        // Entries keep their own files (SvelteKit loads them by name); what they import joins the chunk.
        if (!info.isEntry) firstPage.add(id);
        stack.push(...info.importedIds);
      }
    },
    outputOptions(options) {
      const codeSplitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
      return {
        ...options,
        codeSplitting: {
          ...codeSplitting,
          groups: [...(codeSplitting.groups ?? []), { name: 'first-page', test: (id: string) => firstPage.has(id), priority: 10 }]
        }
      };
    }
  };
}


export default defineConfig({
  plugins: [sveltekit(), firstPageChunk()],
  server: { fs: { allow: ['locales'] } },
  test: {
    include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts']
  }
});
