import { defineConfig } from 'vitest/config';
import webkit from '../webkit/vitest.config';

/** The WebKit figures of `npm run bench`: the WebKit suite's set-up (build, server, driver), with the bench's own spec. */
export default defineConfig({ test: { ...webkit.test, include: ['tests/bench/webkit-*.spec.mjs'], testTimeout: 900_000 } });
