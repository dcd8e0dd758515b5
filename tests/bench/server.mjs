// Builds the app once and serves the production build with `vite preview` on a local port.
import { spawn, execSync } from 'node:child_process';

/** Runs `vite build` in the project root. */
export function build(root) {
  execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Starts `vite preview` and resolves once it answers; call stop() when done. */
export async function startPreview(root, port) {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
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
