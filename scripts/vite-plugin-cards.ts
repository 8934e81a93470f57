/**
 * Vite plugin: the notes in `content/` become the virtual module `virtual:cards`, built at build
 * time (types in src/virtual-cards.d.ts): `loadIndex()` gives the collection without its answers,
 * packed in columns, as text (readIndexText), and `loadAnswers()` the answers
 * (src/core/collection-pack.ts says why).
 *
 * - In a build both are assets of their own (`assets/cards-<hash>.json`, `assets/answers-<hash>.json`),
 *   not JavaScript, fetched by the code when it needs them (src/app/boot.ts): the index at once,
 *   the answers once the first screen is painted. (Inside the bundle, the real notes' cards were
 *   ~14 kB gzip of its 104 kB; 10,000 cards are 8 MB.)
 * - `npm run build` fails on a hard content error, printing `file:line: message`; so does an
 *   error in a corrections file (`<notes>.corrections.md`, read with the notes beside it).
 * - In `npm run dev`, editing a notes or a corrections file reloads the open app with the new cards;
 *   a content error shows in Vite's error overlay at its position, and the app
 *   keeps running on the last good cards until the error is fixed.
 */
import { createHash } from 'node:crypto';
import { posix, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { packCollection, writeIndexText } from '../src/core/collection-pack.ts';
import { buildCollection } from '../src/core/collection.ts';
import type { ContentError } from '../src/core/content-error.ts';
import type { Collection } from '../src/core/types.ts';
import { listCorrections, listNotes, readContentDir } from './read-notes.ts';

export const CARDS_MODULE_ID = 'virtual:cards';
const RESOLVED_ID = `\0${CARDS_MODULE_ID}`;

export interface CardsPluginOptions {
  /** Folder of `.md` notes, relative to the project root. */
  contentDir: string;
}

/** Builds the collection from the notes folder (and the corrections beside the notes), with its hard errors. */
export function loadCollection(contentDir: string, root = process.cwd()): { collection: Collection; errors: ContentError[] } {
  const { files, corrections, errors: readErrors } = readContentDir(contentDir, root);
  const { collection, errors } = buildCollection(files, { corrections });
  return { collection, errors: [...readErrors, ...errors] };
}

/** The module source in the dev server: both parts inline (JSON.parse of a string literal parses faster than an object literal). */
export function cardsModuleSource(collection: Collection): string {
  const { index, answers } = packCollection(collection);
  const text = writeIndexText(index);
  const indexText = `Promise.resolve(${JSON.stringify(text)})`;
  const answersJson = `Promise.resolve(JSON.parse(${JSON.stringify(JSON.stringify(answers))}))`;
  return `export function loadIndex() {\n  return ${indexText};\n}\nexport function loadAnswers() {\n  return ${answersJson};\n}\n`;
}


/**
 * The module source in a build: fetch each asset (paths relative to the module's own chunk)
 * once, when first asked. A failed fetch rejects, and the app says so instead of a blank page.
 */
export function cardsFetchModuleSource(indexFile: string, answersFile: string): string {
  return [
    // Variables, not literals: Vite would otherwise try to resolve `new URL('…', import.meta.url)` itself.
    `const files = { index: ${JSON.stringify(indexFile)}, answers: ${JSON.stringify(answersFile)} };`,
    'const pending = {};',
    'function load(part) {',
    '  pending[part] ??= fetch(new URL(files[part], import.meta.url)).then((response) => {',
    '    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);',
    "    return part === 'index' ? response.text() : response.json();",
    '  });',
    '  return pending[part];',
    '}',
    "export const loadIndex = () => load('index');",
    "export const loadAnswers = () => load('answers');",
    '',
  ].join('\n');
}

const contentHash = (content: string): string => createHash('sha256').update(content).digest('hex').slice(0, 10);

/** An asset's file name with its content hash in it, so a new build never meets an old cached copy. */
export function hashedName(stem: string, content: string, extension: string): string {
  return `${stem}-${contentHash(content)}.${extension}`;
}

/** The Vite plugin serving `virtual:cards`. */
export function cardsPlugin(options: CardsPluginOptions): Plugin {
  let root = process.cwd();
  let contentDir = resolve(root, options.contentDir);
  let build = false;
  let assetsDir = 'assets';
  // Notes and corrections files alike end in `.md`.
  /** The index file of the build, preloaded by index.html. */
  let indexFile: string | null = null;
  const isContent = (file: string): boolean => file.startsWith(contentDir + sep) && file.endsWith('.md');

  return {
    name: 'flashcards-content',
    configResolved(config) {
      root = config.root;
      contentDir = resolve(root, options.contentDir);
      build = config.command === 'build';
      assetsDir = config.build.assetsDir;
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
      // Rebuild when a notes or corrections file changes, appears or goes (the glob is not an import).
      for (const file of [...listNotes(contentDir, root), ...listCorrections(contentDir, root)]) this.addWatchFile(resolve(root, file));
      if (!build) return cardsModuleSource(collection);
      const { index, answers } = packCollection(collection);
      const sources = [writeIndexText(index), JSON.stringify(answers)] as const;
      const names = [hashedName('cards', sources[0], 'json'), hashedName('answers', sources[1], 'json')] as const;
      indexFile = posix.join(assetsDir, names[0]);
      this.emitFile({ type: 'asset', fileName: indexFile, source: sources[0] });
      this.emitFile({ type: 'asset', fileName: posix.join(assetsDir, names[1]), source: sources[1] });
      // Chunks are written to assetsDir too, so the assets sit beside the chunk that fetches them.
      return cardsFetchModuleSource(`./${names[0]}`, `./${names[1]}`);
    },
    // Every route needs the index before its first screen: fetched from the HTML, it downloads beside
    // the code instead of after it has run (a round trip less on a phone's network, docs/performance.md).
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        indexFile === null ? [] : [{ tag: 'link', attrs: { rel: 'preload', href: `./${indexFile}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' }],
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(contentDir);
      const onChange = (file: string): void => {
        if (!isContent(file)) return;
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
