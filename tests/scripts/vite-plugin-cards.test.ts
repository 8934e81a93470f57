// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardsPlugin } from '../../scripts/vite-plugin-cards.ts';
import { readIndexText, unpackCollection } from '../../src/core/collection-pack.ts';
import type { Collection } from '../../src/core/types.ts';

/** A project folder with the given notes in content/. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cards-plugin-'));
  mkdirSync(join(root, 'content'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', name), text);
  return root;
}

type Command = 'serve' | 'build';

interface Loaded {
  code: string;
  watched: string[];
  emitted: { fileName: string; source: string }[];
}

/** Runs the plugin's hooks the way Vite does, with a minimal plugin context. */
function load(root: string, command: Command = 'serve'): Loaded {
  const plugin = cardsPlugin({ contentDir: 'content' });
  (plugin.configResolved as (config: unknown) => void)({ root, command, base: './', build: { assetsDir: 'assets' } });
  const id = (plugin.resolveId as (id: string) => string | undefined)('virtual:cards');
  expect(id).toBe('\0virtual:cards');
  const watched: string[] = [];
  const emitted: { fileName: string; source: string }[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    error: (payload: unknown) => {
      throw Object.assign(new Error((payload as { message: string }).message), payload);
    },
  };
  const code = (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, id!);
  return { code, watched, emitted };
}

/** Imports the module source the plugin produced, as the browser would. */
async function evaluate(code: string): Promise<Collection> {
  const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    loadIndex(): Promise<string>;
    loadAnswers(): Promise<string[]>;
  };
  return unpackCollection(readIndexText(await mod.loadIndex()), await mod.loadAnswers());
}

describe('the cards Vite plugin', () => {
  it('serves the notes as a typed collection and watches every notes file', async () => {
    const root = project({ 'python.md': '# Python\n\n## Что такое GIL?\nБлокировка.\n', 'notes.txt': 'ignored' });
    const { code, watched, emitted } = load(root);
    const collection = await evaluate(code);
    expect(emitted).toEqual([]);
    expect(collection.decks).toMatchObject([{ id: 'python', title: 'Python', cardCount: 1 }]);
    expect(collection.cards[0]).toMatchObject({ question: 'Что такое GIL?', answer: 'Блокировка.', source: { file: 'content/python.md', line: 3 } });
    expect(watched).toEqual([join(root, 'content/python.md')]);
  });

  it('fails with file:line and the position for the error overlay', () => {
    const root = project({ 'bad.md': '1. Что такое GIL?\n2. Что такое list?\n\nОтветы:\n1. Блокировка.\n' });
    expect(() => load(root)).toThrow(
      expect.objectContaining({
        message: 'content/bad.md:2: question 2 has no answer: no answer numbered 2 in the answers (line 5)',
        loc: { file: join(root, 'content/bad.md'), line: 2, column: 1 },
      }),
    );
  });

  it('in a build, ships the index and the answers as files beside the code', () => {
    const root = project({ 'python.md': '# Python\n\n## Что такое GIL?\nБлокировка.\n' });
    const { code, emitted } = load(root, 'build');
    const [index, answers] = emitted;
    expect(emitted).toHaveLength(2);
    expect(index!.fileName).toMatch(/^assets\/cards-[0-9a-f]{10}\.json$/);
    expect(answers!.fileName).toMatch(/^assets\/answers-[0-9a-f]{10}\.json$/);
    expect(unpackCollection(readIndexText(index!.source), JSON.parse(answers!.source) as string[]).cards[0]).toMatchObject({
      question: 'Что такое GIL?',
      answer: 'Блокировка.',
    });
    // The code names the files (relative to its own chunk in assets/), and holds no card.
    expect(code).toContain(JSON.stringify(`./${index!.fileName.slice('assets/'.length)}`));
    expect(code).not.toContain('GIL');
  });

  it('names the files by their content, so an edit to an answer gives a new answers file and the same index', () => {
    const before = load(project({ 'python.md': '# Python\n\n## Что такое GIL?\nБлокировка.\n' }), 'build').emitted;
    const after = load(project({ 'python.md': '# Python\n\n## Что такое GIL?\nГлобальная блокировка.\n' }), 'build').emitted;
    expect(after[0]!.fileName).toBe(before[0]!.fileName);
    expect(after[1]!.fileName).not.toBe(before[1]!.fileName);
  });

  it('serves the corrections beside the notes with the answers, and watches the corrections files too', async () => {
    const corrections = '## Что такое GIL?\nsource: https://docs.python.org/3/glossary.html#term-global-interpreter-lock\n\nВ CPython это **мьютекс**.\n';
    const root = project({ 'python.md': '# Python\n\n## Что такое GIL?\nБлокировка.\n', 'python.corrections.md': corrections });
    const { code, watched } = load(root);
    const collection = await evaluate(code);
    expect(collection.decks.map((d) => d.id)).toEqual(['python']);
    expect(collection.cards[0]!.corrections).toMatchObject([{ text: 'В CPython это **мьютекс**.', source: { file: 'content/python.corrections.md', line: 1 } }]);
    expect(watched).toEqual([join(root, 'content/python.md'), join(root, 'content/python.corrections.md')]);
  });

  it('fails the build on a hard error in a corrections file, at its file:line', () => {
    const root = project({ 'python.md': '# Python\n\n## Что такое GIL?\nБлокировка.\n', 'python.corrections.md': '## Что такое GIL?\n\nБез источника.\n' });
    expect(() => load(root, 'build')).toThrow(
      expect.objectContaining({
        message: 'content/python.corrections.md:1: correction has no source: (an https:// link to the official page it rests on)',
        loc: { file: join(root, 'content/python.corrections.md'), line: 1, column: 1 },
      }),
    );
  });
});
