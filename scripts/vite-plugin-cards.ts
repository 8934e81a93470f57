/**
 * Vite plugin: the notes in `content/` become the virtual module `virtual:cards`,
 * a typed `Collection` built at build time (types in src/virtual-cards.d.ts).
 *
 * - `npm run build` fails on a hard content error, printing `file:line: message`.
 * - In `npm run dev`, editing a notes file reloads the open app with the new cards;
 *   a content error shows in Vite's error overlay at its position, and the app
 *   keeps running on the last good cards until the error is fixed.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildCollection } from '../src/core/collection.ts';
import type { ContentError } from '../src/core/content-error.ts';
import type { Collection } from '../src/core/types.ts';
import { listNotes, readNotes } from './read-notes.ts';

export const CARDS_MODULE_ID = 'virtual:cards';
const RESOLVED_ID = `\0${CARDS_MODULE_ID}`;

export interface CardsPluginOptions {
  /** Folder of `.md` notes, relative to the project root. */
  contentDir: string;
}

/** Builds the collection from the notes folder; throws the first hard error with all of them listed. */
export function loadCollection(contentDir: string, root = process.cwd()): { collection: Collection; errors: ContentError[] } {
  const { files, errors: readErrors } = readNotes(listNotes(resolve(root, contentDir), root), root);
  const { collection, errors } = buildCollection(files);
  return { collection, errors: [...readErrors, ...errors] };
}

/** The module source: JSON.parse of a string literal parses faster than an object literal. */
export function cardsModuleSource(collection: Collection): string {
  return `export const collection = JSON.parse(${JSON.stringify(JSON.stringify(collection))});\n`;
}

/** The Vite plugin serving `virtual:cards`. */
export function cardsPlugin(options: CardsPluginOptions): Plugin {
  let root = process.cwd();
  let contentDir = resolve(root, options.contentDir);
  const isNotes = (file: string): boolean => file.startsWith(contentDir + sep) && file.endsWith('.md');

  return {
    name: 'flashcards-content',
    configResolved(config) {
      root = config.root;
      contentDir = resolve(root, options.contentDir);
    },
    resolveId(id) {
      return id === CARDS_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { collection, errors } = loadCollection(options.contentDir, root);
      const first = errors[0];
      if (first) {
        this.error({
          message: errors.map((e) => e.message).join('\n'),
          id: resolve(root, first.file),
          loc: { file: resolve(root, first.file), line: first.line, column: 1 },
        });
      }
      // Rebuild when a notes file changes, appears or goes (the glob is not an import).
      for (const file of listNotes(contentDir, root)) this.addWatchFile(resolve(root, file));
      return cardsModuleSource(collection);
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(contentDir);
      const onChange = (file: string): void => {
        if (!isNotes(file)) return;
        const { errors } = loadCollection(options.contentDir, root);
        const first = errors[0];
        if (first) {
          server.ws.send({
            type: 'error',
            err: {
              message: errors.map((e) => e.message).join('\n'),
              stack: '',
              id: resolve(root, first.file),
              loc: { file: resolve(root, first.file), line: first.line, column: 1 },
              plugin: 'flashcards-content',
            },
          });
          return;
        }
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
