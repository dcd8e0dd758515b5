// Builds the app once and serves the production build with `vite preview` on a local port.
import { spawn, execSync } from 'node:child_process';

/** Runs `vite build` in the project root. */
export function build(root) {
  execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Whether `url` answers within 30 s; false as soon as `child`, the process serving it, has ended. */
export async function answers(url, child) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Starts `vite preview` and resolves once it answers; call stop() when done. */
export async function startPreview(root, port) {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true
  });
  const url = `http://localhost:${port}`;
  await answers(url, child);
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
}
