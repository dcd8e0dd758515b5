import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../../src/', import.meta.url));

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? svelteFiles(path) : name.endsWith('.svelte') ? [path] : [];
  });
}

describe('markup from data', () => {
  // {@html} would turn user-entered (or imported) text into markup and scripts.
  it.each(svelteFiles(src).map((path) => [path.slice(src.length), path]))('%s renders no raw HTML', (_name, path) => {
    expect(readFileSync(path, 'utf8')).not.toMatch(/\{@html\b/);
  });
});
