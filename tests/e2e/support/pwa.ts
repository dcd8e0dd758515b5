import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Waits until the service worker has precached the app and controls this page. Only then is
 * going offline meaningful: before, a reload would still come from the network.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
  });
}

/** Every URL the production build serves (the folder `vite build` wrote), pages without ".html". */
export function builtUrls(): string[] {
  const build = join(root, 'build');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
  return files(build).map((file) => {
    const path = '/' + relative(build, file).split('\\').join('/');
    if (path === '/index.html') return '/';
    return path.endsWith('.html') ? path.slice(0, -'.html'.length) : path;
  });
}

/** A translation from one of the app's locale files, e.g. localeText('el', 'pages', 'pwa.title'). */
export function localeText(lang: string, ns: string, key: string): string {
  const bundle = JSON.parse(readFileSync(join(root, 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
  if (typeof value !== 'string') throw new Error(`no text for ${lang}/${ns}:${key}`);
  return value;
}
