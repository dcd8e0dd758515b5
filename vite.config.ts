import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { firstPageChunk } from './tools/first-page-chunk';

export default defineConfig({
  plugins: [sveltekit(), firstPageChunk()],
  server: { fs: { allow: ['locales'] } },
  test: {
    include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts']
  }
});
