import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What the plugin needs to know of a module. */
export interface ModuleFacts {
  isEntry: boolean;
  importedIds: readonly string[];
  dynamicImporters: readonly string[];
}

const clientApp = /[\\/]client-optimized[\\/]app\.js$/;
const clientEntry = /[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/;
const clientNode = /[\\/]client-optimized[\\/]nodes[\\/]/;

/**
 * The modules that start the first page in a browser build: SvelteKit's client app and entry, and
 * the generated nodes of the root layout and the list. Throws when SvelteKit's internal paths no
 * longer match, so a SvelteKit update fails the build instead of quietly splitting the first page.
 */
export function firstPageStarts(ids: readonly string[], info: (id: string) => ModuleFacts | null, roots: readonly string[]): string[] {
  const starts = ids.filter((id) => {
    const facts = info(id);
    if (!facts?.isEntry) return false;
    if (clientApp.test(id) || clientEntry.test(id)) return true;
    return clientNode.test(id) && facts.importedIds.some((imported) => roots.includes(imported));
  });
  if (!starts.some((id) => clientApp.test(id))) throw new Error("SvelteKit's client app (…/client-optimized/app.js) is not among the entries");
  const nodes = starts.filter((id) => clientNode.test(id));
  if (nodes.length < 2) throw new Error(`expected the generated nodes of the root layout and the list among the entries, found ${nodes.length}`);
  return starts;
}

/** Every module reachable from `starts` that is not itself an entry (entries keep their own files). */
export function firstPageModules(starts: readonly string[], info: (id: string) => ModuleFacts | null): Set<string> {
  const firstPage = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const facts = info(id);
    if (!facts || firstPage.has(id)) continue;
    if (!facts.isEntry) firstPage.add(id);
    stack.push(...facts.importedIds);
  }
  return firstPage;
}

/**
 * The storage code the list loads once it is shown (`entry`, the dynamic import in
 * `state/load-storage.ts`): every module it imports that is not in the first page. Throws when
 * `entry` is not a dynamic entry of the build, so that a moved file fails the build.
 */
export function storageModules(entry: string, firstPage: ReadonlySet<string>, info: (id: string) => ModuleFacts | null): Set<string> {
  if (!info(entry)?.dynamicImporters.length) throw new Error(`the storage code's entry (${relative('.', entry)}) is not loaded by a dynamic import`);
  const storage = new Set<string>();
  const stack = [...info(entry)!.importedIds];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const facts = info(id);
    if (!facts || storage.has(id) || firstPage.has(id) || facts.isEntry) continue;
    storage.add(id);
    stack.push(...facts.importedIds);
  }
  return storage;
}

/**
 * The modules that import storage code, directly or through others: a screen that loads one of
 * them loads Dexie. Found by walking the imports backwards from `storage`.
 */
export function modulesReachingStorage(ids: readonly string[], storage: ReadonlySet<string>, info: (id: string) => ModuleFacts | null): Set<string> {
  const importers = new Map<string, string[]>();
  for (const id of ids) {
    for (const imported of info(id)?.importedIds ?? []) {
      if (!importers.has(imported)) importers.set(imported, []);
      importers.get(imported)!.push(id);
    }
  }
  const reaching = new Set<string>();
  const stack = [...storage].flatMap((id) => importers.get(id) ?? []);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reaching.has(id) || storage.has(id)) continue;
    reaching.add(id);
    stack.push(...(importers.get(id) ?? []));
  }
  return reaching;
}

/**
 * V8's explicit compile hint (Chromium 136 and later): V8 compiles every function of the file while
 * it streams in, on a background thread, instead of each one on the main thread the first time it
 * is called. It must be the file's first line; other engines read a comment. Only the first page's
 * chunk has it: it is the code the app starts with, and the hydration called its functions one
 * after another, each compiled on the spot. About a third of its functions' code runs on a first
 * visit; the rest is compiled too, off the main thread, at the cost of some memory.
 */
export const compileHint = '//# allFunctionsCalledOnLoad\n';

/** `code` with V8's compile hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(compileHint) ? code : compileHint + code;
}

/**
 * Puts all the code the first page needs before it can show anything (SvelteKit's client runtime,
 * the root layout and the assessment list, with everything they import statically) into one
 * chunk.
 *
 * Left to itself the bundler splits shared code by which routes use it, and the list page then
 * starts with ~35 small files. Over HTTP/1.1 a browser fetches six at a time, so a first visit on
 * a tablet's mobile connection waits for about six round trips of scripts before the list shows.
 * One chunk costs the same bytes in one request. Other routes that share some of this code load
 * the whole chunk, a few kB they would not strictly need; the service worker precaches it anyway.
 *
 * The same holds after the first page, and costs more there: a stage page then started with about
 * 30 more small files (a rule card's parts, the score helpers, Dexie's repositories), each one a
 * request, and a fetch through the service worker when offline. So three more chunks:
 * - `storage`: the storage code the list loads once it is shown (Dexie and its repositories),
 *   alone, so that the list does not fetch every screen's code with it;
 * - `shared`: what two or more routes or lazy parts share and that does not lead to storage (the
 *   domain, plain components), so that the guide and the statements load no Dexie;
 * - `screens`: the rest that two or more share, which does lead to storage (state, the data
 *   screens' components). A module one screen alone uses stays in that screen's file.
 * A stage page now loads 17 scripts, its texts included, instead of 36 (`stagePageJs` in
 * `npm run bench`). The price: about 23 KiB (gzip) more of code it does not run, since a screen
 * that uses a little of the shared code loads all of `screens`.
 */
export function firstPageChunk(): Plugin {
  let firstPage = new Set<string>();
  let storage = new Set<string>();
  let reachingStorage = new Set<string>();
  const roots = [resolve('src/routes/+layout.svelte'), resolve('src/routes/+layout.ts'), resolve('src/routes/+page.svelte')];
  const storageEntry = resolve('src/lib/state/storage-chunk.ts');

  return {
    name: 'tessera-first-page-chunk',
    apply: 'build',
    buildEnd() {
      firstPage = new Set();
      storage = new Set();
      reachingStorage = new Set();
      // Only the browser build has SvelteKit's generated client app; the server build is left alone.
      if (this.environment.config.consumer !== 'client') return;
      const info = (id: string) => this.getModuleInfo(id);
      try {
        const ids = [...this.getModuleIds()];
        firstPage = firstPageModules(firstPageStarts(ids, info, roots), info);
        storage = storageModules(storageEntry, firstPage, info);
        reachingStorage = modulesReachingStorage(ids, storage, info);
      } catch (err) {
        this.error(`tessera-first-page-chunk: ${(err as Error).message}. SvelteKit's internal paths or the storage code's entry changed: update src/build/first-page-chunk.ts.`);
      }
    },
    generateBundle: {
      // Last, once minified and once Vite has written its own first line (`__vite__mapDeps`).
      order: 'post',
      handler(_, bundle) {
        if (this.environment.config.consumer !== 'client') return;
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'first-page');
        if (chunk?.type !== 'chunk') return this.error('tessera-first-page-chunk: the build has no first-page chunk.');
        // Compiled off the main thread as it arrives, the hydration no longer stops to compile
        // each function it calls first (README, "What the mobile score is made of").
        chunk.code = withCompileHint(chunk.code);
        // For the benchmark: what the first page's chunk is made of, module by module (gzip of each alone).
        const report = process.env.TESSERA_FIRST_PAGE_REPORT;
        if (!report) return;
        const modules = Object.entries(chunk.modules).map(([id, m]) => ({ id: relative('.', id), bytes: m.renderedLength, gzip: gzipSync(m.code ?? '').length }));
        writeFileSync(report, JSON.stringify(modules.sort((a, b) => b.gzip - a.gzip)));
      }
    },
    outputOptions(options) {
      const codeSplitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
      return {
        ...options,
        codeSplitting: {
          ...codeSplitting,
          groups: [
            ...(codeSplitting.groups ?? []),
            { name: 'first-page', test: (id: string) => firstPage.has(id), priority: 10 },
            { name: 'storage', test: (id: string) => storage.has(id), priority: 8 },
            // Shared by two entries or more (route nodes, lazy parts). `shared` is taken before
            // `screens`, whose modules' imports would otherwise pull the shared ones in with them.
            // No module that reaches storage is in the first page or in storage itself.
            { name: 'shared', test: (id: string) => !firstPage.has(id) && !storage.has(id) && !reachingStorage.has(id), minShareCount: 2, priority: 6 },
            { name: 'screens', test: (id: string) => reachingStorage.has(id), minShareCount: 2, priority: 5 }
          ]
        }
      };
    }
  };
}
