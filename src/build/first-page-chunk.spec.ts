import { describe, expect, it } from 'vitest';
import { firstPageModules, firstPageStarts, type ModuleFacts } from './first-page-chunk';

const roots = ['/app/src/routes/+layout.svelte', '/app/src/routes/+page.svelte'];
/** A small module graph shaped like SvelteKit's browser build. */
const graph: Record<string, ModuleFacts> = {
  '/app/.svelte-kit/generated/client-optimized/app.js': { isEntry: true, importedIds: ['/app/shared.js'] },
  '/app/node_modules/@sveltejs/kit/src/runtime/client/entry.js': { isEntry: true, importedIds: ['/app/runtime.js'] },
  '/app/.svelte-kit/generated/client-optimized/nodes/0.js': { isEntry: true, importedIds: ['/app/src/routes/+layout.svelte'] },
  '/app/.svelte-kit/generated/client-optimized/nodes/2.js': { isEntry: true, importedIds: ['/app/src/routes/+page.svelte'] },
  '/app/.svelte-kit/generated/client-optimized/nodes/3.js': { isEntry: true, importedIds: ['/app/src/routes/compare/+page.svelte'] },
  '/app/src/routes/+layout.svelte': { isEntry: false, importedIds: ['/app/shared.js'] },
  '/app/src/routes/+page.svelte': { isEntry: false, importedIds: ['/app/list.js'] },
  '/app/src/routes/compare/+page.svelte': { isEntry: false, importedIds: ['/app/compare.js'] },
  '/app/shared.js': { isEntry: false, importedIds: [] },
  '/app/runtime.js': { isEntry: false, importedIds: [] },
  '/app/list.js': { isEntry: false, importedIds: [] },
  '/app/compare.js': { isEntry: false, importedIds: [] }
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
