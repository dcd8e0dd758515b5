// Tessera's first page as it is prerendered, without the app's scripts: a reference for Lighthouse.
// What this page scores is what the browser's own work on the page costs on this machine (the
// navigation, the parse, the first layout with its fonts, the first paint), before any of the
// app's code runs; the app's score beside it shows what the app's code adds.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { answers } from './server.mjs';

const types = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json'
};

/**
 * The page's HTML without the app's start script (SvelteKit's, as `src/build/boot-after-first-paint.ts`
 * wraps it) and any `modulepreload` link. The script of `src/app.html` (the language and first-visit
 * marks, which the welcome's CSS needs) stays: the first `<script>` of the page, whose hash the
 * page's Content Security Policy already allows.
 */
export function withoutAppScripts(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)];
  if (scripts.length < 2 || !scripts[1][0].includes('__sveltekit_')) {
    throw new Error("The prerendered page's scripts are not as expected: app.html's, then SvelteKit's start");
  }
  return (html.slice(0, scripts[1].index) + html.slice(scripts[1].index + scripts[1][0].length)).replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/g, '');
}

/**
 * Serves the build folder, gzipped as `vite preview` serves it, with `/` answered by the first page
 * without the app's scripts, until the process ends. It runs in a process of its own, as `vite
 * preview` does: the benchmark waits on Lighthouse synchronously, and a server in its own process
 * could not answer meanwhile.
 */
async function serve(buildDir, port) {
  const page = withoutAppScripts(await readFile(join(buildDir, 'index.html'), 'utf8'));
  const server = createServer(async (req, res) => {
    // An absolute path, normalised: it cannot climb out of the build folder.
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    let body;
    try {
      body = path === '/' ? Buffer.from(page) : await readFile(join(buildDir, path));
    } catch {
      body = null;
    }
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': types[path === '/' ? '.html' : extname(path)] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {})
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  server.listen(port, '127.0.0.1');
}

/** Starts the server in a process of its own and resolves once it answers; call stop() when done. */
export async function startPageWithoutScripts(buildDir, port) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), buildDir, String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  if (!(await answers(url, child))) {
    child.kill();
    throw new Error(`The page without scripts was not served on ${url}`);
  }
  return { url, stop: () => child.kill() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve(process.argv[2], Number(process.argv[3]));
