import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, waitForApp } from './support/fixtures';
import { waitForServiceWorker } from './support/pwa';

// This spec is about the service worker, or needs it (offline reloads): the suite blocks it elsewhere.
test.use({ serviceWorkers: 'allow' });

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test('Chromium finds the app installable', async ({ baseURL }, testInfo) => {
  // A normal Playwright context is incognito, which is never installable: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'tessera-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL,
    viewport: { width: 1024, height: 768 }
  });
  const foreign: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) foreign.push(request.url());
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForApp(page);
    await waitForServiceWorker(page);

    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${baseURL}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest describes the app and its icons are real images of the declared sizes', async ({ page, request }) => {
  await page.goto('/');
  await waitForApp(page);
  const response = await request.get('/manifest.webmanifest');
  expect(response.ok()).toBe(true);
  const manifest = await response.json();

  expect(manifest).toMatchObject({
    id: '/',
    name: expect.stringContaining('Tessera'),
    short_name: 'Tessera',
    description: expect.any(String),
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: await page.locator('meta[name="theme-color"]').getAttribute('content'),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);

  const icons = manifest.icons as ManifestIcon[];
  const has = (sizes: string, purpose: string) => icons.some((i) => i.sizes === sizes && (i.purpose ?? 'any').split(' ').includes(purpose));
  expect(has('192x192', 'any')).toBe(true);
  expect(has('512x512', 'any')).toBe(true);
  expect(has('512x512', 'maskable')).toBe(true);

  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const images = [...icons.map((i) => ({ src: i.src, sizes: i.sizes })), { src: appleIcon ?? '', sizes: '180x180' }];
  for (const image of images) {
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, image.src);
    expect(size, image.src).toBe(image.sizes);
  }
});

test('iPad gets a home-screen title, icon and full-screen mode', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('apple-mobile-web-app-title')).toBe('Tessera');
  // The standard name, and Apple's older one that iPadOS before 16.4 still needs.
  expect(await meta('mobile-web-app-capable')).toBe('yes');
  expect(await meta('apple-mobile-web-app-capable')).toBe('yes');
  expect(await meta('viewport')).toContain('viewport-fit=cover');
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /\.png$/);
});
