// A minimal SvelteKit app, for scale: one prerendered page with a counter, adapter-static, built with
// this project's own Svelte, SvelteKit and Vite and served by `vite preview` as Tessera is. Written
// to a temporary folder for each benchmark; nothing of it is kept in the repository.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './server.mjs';

const files = {
  'package.json': JSON.stringify({ name: 'minimal-sveltekit', private: true, type: 'module' }),
  'svelte.config.js': `import adapter from '@sveltejs/adapter-static';
export default { kit: { adapter: adapter() } };
`,
  'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [sveltekit()] });
`,
  'src/app.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Minimal</title>
    %sveltekit.head%
  </head>
  <body data-sveltekit-preload-data="hover">
    <div style="display: contents">%sveltekit.body%</div>
  </body>
</html>
`,
  'src/routes/+layout.js': 'export const prerender = true;\n',
  'src/routes/+page.svelte': `<script>
  let count = $state(0);
</script>

<main>
  <h1>A minimal SvelteKit app</h1>
  <p>One prerendered page with a counter, to compare the first page of Tessera with.</p>
  <button onclick={() => count++}>Clicked {count} times</button>
</main>
`
};

/** Writes and builds the minimal app next to this project's node_modules; returns its folder. */
export function buildMinimalApp(root) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-minimal-app-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  build(dir);
  return dir;
}
