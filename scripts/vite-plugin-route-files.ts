/**
 * Vite plugin: each lazily loaded route's files, listed in the built index.html for
 * src/route-files.ts to preload (see there for why). Build only: the dev server has no chunks.
 *
 * A route's files are its screen's chunk, the chunks that chunk imports (not those the entry
 * already brings) and the stylesheets they import.
 */
import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';

/** Route name → the module its screen is loaded from (as in src/app/lazy-screens.tsx), relative to the root. */
export type RouteModules = Record<string, string>;

/** The route → files map for a bundle; paths relative to the page (`./assets/…`). */
export function routeFiles(bundle: Rollup.OutputBundle, routes: RouteModules, root: string): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // What the entry loads itself (it is preloaded by the HTML already).
  const entryFiles = new Set<string>();
  const addWithImports = (fileName: string, into: Set<string>, skip: Set<string>): void => {
    if (into.has(fileName) || skip.has(fileName)) return;
    into.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) addWithImports(imported, into, skip);
  };
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) addWithImports(entry.fileName, entryFiles, new Set());

  const out: Record<string, string[]> = {};
  for (const [route, module] of Object.entries(routes)) {
    const id = resolve(root, module);
    const screen = chunks.find((chunk) => chunk.facadeModuleId === id);
    if (!screen) throw new Error(`route-files: no chunk is loaded from ${module} (the screen of #/${route}); is it still loaded with import()?`);
    const files = new Set<string>();
    addWithImports(screen.fileName, files, entryFiles);
    const css = [...files].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
    out[route] = [...files, ...css].map((file) => `./${file}`);
  }
  return out;
}

/** The script src/route-files.ts, built as an entry of its own, and the map it reads. */
export function routeFilesPlugin(routes: RouteModules, script = 'src/route-files.ts'): Plugin {
  let root = process.cwd();
  return {
    name: 'flashcards-route-files',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      // Not a <script> of index.html: Vite bundles those into the one entry, which waits for the app.
      this.emitFile({ type: 'chunk', id: resolve(root, script), name: 'route-files' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const id = resolve(root, script);
        const chunk = Object.values(bundle).find((file): file is Rollup.OutputChunk => file.type === 'chunk' && file.facadeModuleId === id);
        if (!chunk) throw new Error(`route-files: ${script} was not built`);
        if (chunk.imports.length > 0) throw new Error(`route-files: ${script} must import nothing, or it waits for what it imports (it imports ${chunk.imports.join(', ')})`);
        return [
          { tag: 'meta', attrs: { name: 'route-files', content: JSON.stringify(routeFiles(bundle, routes, root)) }, injectTo: 'head' },
          { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` }, injectTo: 'head' },
        ];
      },
    },
  };
}
