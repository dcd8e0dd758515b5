import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { readStoredAssessment } from './support/storage-faults';

// This spec is about the service worker, or needs it (offline reloads): the suite blocks it elsewhere.
test.use({ serviceWorkers: 'allow' });

const buildDir = fileURLToPath(new URL('../../build/', import.meta.url));

/** Every prerendered page of the production build. */
function prerenderedPages(dir = buildDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_app' ? [] : prerenderedPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Records Content-Security-Policy violations in every document the tab loads, across reloads. */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const seen = JSON.parse(sessionStorage.getItem('test.csp') ?? '[]') as string[];
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      sessionStorage.setItem('test.csp', JSON.stringify(seen));
    });
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return async () => [...(await page.evaluate(() => JSON.parse(sessionStorage.getItem('test.csp') ?? '[]') as string[])), ...console];
}

test('every prerendered page carries a strict Content-Security-Policy', () => {
  const pages = prerenderedPages();
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const html = readFileSync(path, 'utf8');
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(policy, path).toBeDefined();
    const directives = new Map(
      policy!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values])
    );
    expect(directives.get('default-src'), path).toEqual(["'self'"]);
    const scripts = directives.get('script-src') ?? [];
    expect(scripts, path).toContain("'self'");
    // 'wasm-unsafe-eval' lets the vote-card scanner compile Tessera's own ZXing WebAssembly
    // (README, "Content Security Policy"); it never allows eval() of JavaScript, as 'unsafe-eval' would.
    expect(
      scripts.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(s)),
      `${path}: script-src allows only itself, hashed inline scripts and WebAssembly`
    ).toEqual([]);
    expect(directives.get('connect-src'), path).toEqual(["'self'"]);
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
    // Inline event handlers are script too: none may appear in the markup.
    expect(html, path).not.toMatch(/\son[a-z]+="/i);
  }
});

test('a whole journey stays on this origin and breaks no Content-Security-Policy rule', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const violations = await recordCspViolations(page);

  const id = await createAssessment(page, 'Municipal library membership');
  await page.getByRole('link', { name: '1. Strategy' }).first().click();
  await page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Largely' }).check();
  await expectSaved(page);
  const rule = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Golden rule 1\b/ }) });
  await rule.getByLabel('Notes').fill('Sign-up needs a visit in person.');
  await rule.getByLabel('Notes').blur();
  await expectSaved(page);

  // User-entered links: only web addresses become links, and they open without a referrer.
  await rule.getByLabel('Link (web address)').fill('javascript:alert(document.domain)');
  await rule.getByRole('button', { name: 'Add link' }).click();
  await expect(rule.getByText('Enter a web address that starts with http:// or https://.')).toBeVisible();
  await rule.getByLabel('Link (web address)').fill('example.org/library/survey');
  await rule.getByLabel('Description').fill('User survey');
  await rule.getByRole('button', { name: 'Add link' }).click();
  await expectSaved(page);
  const link = rule.getByRole('link', { name: /User survey/ });
  await expect(link).toHaveAttribute('href', 'https://example.org/library/survey');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  await openSections(page);

  await page.getByRole('link', { name: 'Results' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`/assessment/workshop?id=${id}`);
  await waitForApp(page);
  await page.goto('/exchange');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();
  await page.goto(`/assessment/results?id=${id}`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Method guide' }).first().click();
  await page
    .getByRole('link', { name: /Design/ })
    .first()
    .click();
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await expect(page.getByRole('region', { name: 'Storage on this device' })).toContainText('1 assessment is stored on this device.');
  await page.getByRole('radio', { name: 'Ελληνικά' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Ρυθμίσεις' })).toBeVisible();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
  await page.goto(`/assessment?id=${id}`);
  await waitForApp(page);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Municipal library membership' })).toBeVisible();

  const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  const paths = [...new Set(requests.map((url) => (url.startsWith(origin) ? url.slice(origin.length) : url)))].sort();
  await test.info().attach('requests', { body: paths.join('\n'), contentType: 'text/plain' });
  expect(requests.length).toBeGreaterThan(10);
  expect(foreign, `requests to other origins; all requests:\n${paths.join('\n')}`).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('the violation recorder works: an injected inline script is blocked and reported', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/');
  await waitForApp(page);
  const ran = await page.evaluate(() => {
    (window as unknown as { injected?: boolean }).injected = false;
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return (window as unknown as { injected?: boolean }).injected;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
});

test('a stored link that is not a web address is shown as text, never as a link', async ({ page }) => {
  const id = await createAssessment(page, 'Dog licences');
  // As if it came from an old file or another tool: written straight into the database.
  await page.evaluate(
    ([assessmentId]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tessera');
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('assessments', 'readwrite').objectStore('assessments');
          const get = store.get(assessmentId);
          get.onsuccess = () => {
            const a = get.result;
            const now = new Date().toISOString();
            a.responses['strategy.rule.1'] = {
              rating: null,
              naReason: '',
              note: '',
              target: null,
              targetDate: '',
              updatedAt: now,
              votes: { 'not-started': 0, partly: 0, largely: 0, fully: 0 },
              nextSteps: [],
              evidence: [{ id: 'x', url: 'javascript:alert(1)', label: 'Looks harmless' }]
            };
            a.updatedAt = now;
            store.put(a).onsuccess = () => {
              db.close();
              resolve();
            };
          };
        };
        open.onerror = () => reject(open.error);
      }),
    [id]
  );
  await page.goto(`/assessment/stage?id=${id}&stage=strategy`);
  await waitForApp(page);
  const rule = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Golden rule 1\b/ }) });
  await expect(rule.getByText('Looks harmless')).toBeVisible();
  await expect(rule.getByRole('link', { name: /Looks harmless/ })).toHaveCount(0);
  expect((await readStoredAssessment(page, id))?.serviceName).toBe('Dog licences');
});
