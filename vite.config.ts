import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { firstPageChunk } from './src/build/first-page-chunk.js';

export default defineConfig({
  plugins: [sveltekit(), firstPageChunk()],
  server: { fs: { allow: ['locales'] } },
  // Browser tests: the CouchDB stand-in (tests/tools/couchdb-standin.mjs) under /couchdb/ on the
  // app's own origin, as the recommended deployment proxies CouchDB (README, "Team space").
  preview: process.env.TESSERA_COUCHDB_PROXY
    ? { proxy: { '/couchdb': { target: process.env.TESSERA_COUCHDB_PROXY, rewrite: (path) => path.replace(/^\/couchdb/, '') } } }
    : {},
  test: {
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Property tests run hundreds of cases: on a busy machine 5 s (the default) is a clock, not a
    // state, and failed runs that were only slow. A minute still stops a test that hangs.
    testTimeout: 60_000,
    projects: [
      {
        // Pure modules share one module graph per worker: no per-file start-up, which was most of the suite's time.
        extends: true,
        test: {
          name: 'pure',
          include: ['src/lib/domain/**/*.spec.ts', 'src/lib/i18n/**/*.spec.ts', 'src/build/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
          isolate: false
        }
      },
      {
        // Storage and state keep a fresh module graph per file: each opens its own database.
        extends: true,
        test: {
          name: 'stateful',
          include: ['src/**/*.spec.ts'],
          exclude: ['src/lib/domain/**', 'src/lib/i18n/**', 'src/build/**']
        }
      }
    ]
  }
});
