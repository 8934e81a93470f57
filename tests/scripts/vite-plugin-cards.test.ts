// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardsPlugin } from '../../scripts/vite-plugin-cards.ts';
import type { Collection } from '../../src/core/types.ts';

/** A project folder with the given notes in content/. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cards-plugin-'));
  mkdirSync(join(root, 'content'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', name), text);
  return root;
}

/** Runs the plugin's hooks the way Vite does, with a minimal plugin context. */
function load(root: string): { code: string; watched: string[] } {
  const plugin = cardsPlugin({ contentDir: 'content' });
  (plugin.configResolved as (config: { root: string }) => void)({ root });
  const id = (plugin.resolveId as (id: string) => string | undefined)('virtual:cards');
  expect(id).toBe('\0virtual:cards');
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (payload: unknown) => {
      throw Object.assign(new Error((payload as { message: string }).message), payload);
    },
  };
  const code = (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, id!);
  return { code, watched };
}

function evaluate(code: string): Collection {
  const json = /JSON\.parse\((.*)\);\n$/s.exec(code)![1]!;
  return JSON.parse(JSON.parse(json)) as Collection;
}

describe('the cards Vite plugin', () => {
  it('serves the notes as a typed collection and watches every notes file', () => {
    const root = project({ 'python.md': '# Python\n\n## Что такое GIL?\nБлокировка.\n', 'notes.txt': 'ignored' });
    const { code, watched } = load(root);
    const collection = evaluate(code);
    expect(collection.decks).toMatchObject([{ id: 'python', title: 'Python', cardCount: 1 }]);
    expect(collection.cards[0]).toMatchObject({ question: 'Что такое GIL?', answer: 'Блокировка.', source: { file: 'content/python.md', line: 3 } });
    expect(watched).toEqual([join(root, 'content/python.md')]);
  });

  it('fails with file:line and the position for the error overlay', () => {
    const root = project({ 'bad.md': '1. Что такое GIL?\n2. Что такое list?\n\nОтветы:\n1. Блокировка.\n' });
    expect(() => load(root)).toThrow(
      expect.objectContaining({
        message: 'content/bad.md:2: question 2 has no answer',
        loc: { file: join(root, 'content/bad.md'), line: 2, column: 1 },
      }),
    );
  });
});
