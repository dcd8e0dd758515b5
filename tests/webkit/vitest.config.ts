import { defineConfig } from 'vitest/config';

/** The WebKit journeys: one browser at a time, against the production build the global set-up serves. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/webkit/**/*.spec.ts'],
    globalSetup: ['tests/webkit/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default']
  }
});
