// The WebKit figures: the bench's WebKit spec (webkit-list.spec.ts) run with the WebKit suite's
// set-up against the build the bench has just made, on a port of its own. Where WebKitGTK or its
// WebDriver is missing, says so in the figures instead of failing the whole benchmark.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function webkitFigures(root) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-webkit-figures-'));
  const out = join(dir, 'figures.json');
  try {
    const run = spawnSync('npx', ['vitest', 'run', '-c', 'tests/bench/webkit.vitest.config.ts'], {
      cwd: root,
      env: { ...process.env, WEBKIT_SKIP_BUILD: '1', PORT: process.env.BENCH_WEBKIT_PORT ?? '4313', TESSERA_WEBKIT_FIGURES: out },
      stdio: ['ignore', 'ignore', 'inherit']
    });
    if (run.status !== 0) return { error: 'the WebKit run failed (is WebKitGTK installed? `node tests/tools/ensure-webkit.mjs`)' };
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
