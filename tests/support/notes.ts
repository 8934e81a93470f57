/** Notes text for tests: a small notes file, the author's real notes, and collections built from notes. */
import { readFileSync } from 'node:fs';
import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { buildCollection } from '../../src/core/collection.ts';
import type { CleanSource } from '../../src/core/shapes/source.ts';
import type { Collection, NotesFile } from '../../src/core/types.ts';

/** Markdown from lines. */
export const md = (...lines: string[]): string => lines.join('\n');

/** A small notes file: one deck, Python, of three cards, one with Python code. */
export const PYTHON_NOTES = md(
  'Python',
  '======',
  '',
  '## Что такое GIL?',
  'Глобальная блокировка интерпретатора.',
  '',
  '## Как открыть файл?',
  '```',
  "with open('a.txt') as f:",
  '    data = f.read()',
  '```',
  '',
  '## Что такое list?',
  'Изменяемая последовательность.',
);

/** The cards of one notes file at `content/python.md`, as the build makes them. */
export function collectionOfNotes(text: string): Collection {
  return buildCollection([{ path: 'content/python.md', text }]).collection;
}

export const NOTES_PATH = 'content/django-orm.md';

/** The author's notes, exactly as committed. */
export function realNotes(): NotesFile {
  return { path: NOTES_PATH, text: readFileSync(NOTES_PATH, 'utf8') };
}

/** Builds a collection from inline markdown files (`notes-1.md`, `notes-2.md`…), for crafted inputs. */
export function buildNotes(...texts: string[]) {
  return buildCollection(texts.map((text, i) => ({ path: `notes-${i + 1}.md`, text })));
}

/** Markdown as a shape recogniser gets it (src/core/shapes/): the source of `notes.md`, and its top-level nodes. */
export function shapeInput(text: string): { source: CleanSource; nodes: RootContent[] } {
  const lines = text.split('\n').map((line, i) => ({ text: line, line: i + 1 }));
  return { source: { file: 'notes.md', lines, markdown: text, fileLine: (n) => n }, nodes: fromMarkdown(text).children };
}
