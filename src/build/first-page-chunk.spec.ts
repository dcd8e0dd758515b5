import { describe, expect, it } from 'vitest';
import { compileHint, firstPageModules, firstPageStarts, modulesReachingStorage, storageModules, withCompileHint, type ModuleFacts } from './first-page-chunk';

const roots = ['/app/src/routes/+layout.svelte', '/app/src/routes/+page.svelte'];
/** A small module graph shaped like SvelteKit's browser build. */
const graph: Record<string, ModuleFacts> = {
  '/app/.svelte-kit/generated/client-optimized/app.js': { isEntry: true, importedIds: ['/app/shared.js'], dynamicImporters: [] },
  '/app/node_modules/@sveltejs/kit/src/runtime/client/entry.js': { isEntry: true, importedIds: ['/app/runtime.js'], dynamicImporters: [] },
  '/app/.svelte-kit/generated/client-optimized/nodes/0.js': { isEntry: true, importedIds: ['/app/src/routes/+layout.svelte'], dynamicImporters: [] },
  '/app/.svelte-kit/generated/client-optimized/nodes/2.js': { isEntry: true, importedIds: ['/app/src/routes/+page.svelte'], dynamicImporters: [] },
  '/app/.svelte-kit/generated/client-optimized/nodes/3.js': { isEntry: true, importedIds: ['/app/src/routes/compare/+page.svelte'], dynamicImporters: [] },
  '/app/src/routes/+layout.svelte': { isEntry: false, importedIds: ['/app/shared.js'], dynamicImporters: [] },
  '/app/src/routes/+page.svelte': { isEntry: false, importedIds: ['/app/list.js'], dynamicImporters: [] },
  '/app/src/routes/compare/+page.svelte': { isEntry: false, importedIds: ['/app/compare.js', '/app/repository.js'], dynamicImporters: [] },
  '/app/shared.js': { isEntry: false, importedIds: [], dynamicImporters: [] },
  '/app/runtime.js': { isEntry: false, importedIds: [], dynamicImporters: [] },
  '/app/list.js': { isEntry: false, importedIds: [], dynamicImporters: [] },
  '/app/compare.js': { isEntry: false, importedIds: [], dynamicImporters: [] },
  // What the list loads once shown: a repository, Dexie, and a helper the first page already has.
  '/app/storage-chunk.js': { isEntry: false, importedIds: ['/app/repository.js'], dynamicImporters: ['/app/list.js'] },
  '/app/repository.js': { isEntry: false, importedIds: ['/app/dexie.js', '/app/shared.js'], dynamicImporters: [] },
  '/app/dexie.js': { isEntry: false, importedIds: [], dynamicImporters: [] }
};
const info = (id: string) => graph[id] ?? null;

describe('the first-page chunk', () => {
  it('gathers what the layout and the list import, and nothing of other routes', () => {
    const modules = firstPageModules(firstPageStarts(Object.keys(graph), info, roots), info);
    expect([...modules].sort()).toEqual(['/app/list.js', '/app/runtime.js', '/app/shared.js', '/app/src/routes/+layout.svelte', '/app/src/routes/+page.svelte']);
  });

  it("fails when SvelteKit's client app moves", () => {
    const moved = Object.keys(graph).map((id) => id.replace('client-optimized/app.js', 'client/start.js'));
    const movedInfo = (id: string) => info(id.replace('client/start.js', 'client-optimized/app.js'));
    expect(() => firstPageStarts(moved, movedInfo, roots)).toThrow(/client app/);
  });

  it("fails when the generated nodes move", () => {
    const moved = Object.keys(graph).map((id) => id.replace('client-optimized/nodes/', 'client-optimized/routes/'));
    const movedInfo = (id: string) => info(id.replace('client-optimized/routes/', 'client-optimized/nodes/'));
    expect(() => firstPageStarts(moved, movedInfo, roots)).toThrow(/generated nodes/);
  });
});

describe('the storage chunk', () => {
  const firstPage = () => firstPageModules(firstPageStarts(Object.keys(graph), info, roots), info);

  it('gathers what the storage code imports, less what the first page already has', () => {
    expect([...storageModules('/app/storage-chunk.js', firstPage(), info)].sort()).toEqual(['/app/dexie.js', '/app/repository.js']);
  });

  it('fails when the storage code is no longer loaded by a dynamic import', () => {
    expect(() => storageModules('/app/repository.js', firstPage(), info)).toThrow(/storage code/);
    expect(() => storageModules('/app/moved/storage-chunk.js', firstPage(), info)).toThrow(/storage code/);
  });
});

describe('the modules that lead to storage', () => {
  it('are those that import storage code, directly or through others, and no other', () => {
    const storage = new Set(['/app/repository.js', '/app/dexie.js']);
    expect([...modulesReachingStorage(Object.keys(graph), storage, info)].sort()).toEqual([
      '/app/.svelte-kit/generated/client-optimized/nodes/3.js',
      '/app/src/routes/compare/+page.svelte',
      '/app/storage-chunk.js'
    ]);
  });
});

describe("V8's compile hint on the first page's chunk", () => {
  it('is the first line, once, before the code as it was', () => {
    const code = 'const __vite__mapDeps=(i)=>i;\nexport{a as b};';
    expect(withCompileHint(code)).toBe(`//# allFunctionsCalledOnLoad\n${code}`);
    expect(withCompileHint(withCompileHint(code))).toBe(withCompileHint(code));
    expect(compileHint.endsWith('\n')).toBe(true);
  });
});
