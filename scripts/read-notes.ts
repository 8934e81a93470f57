/**
 * Reading notes files from disk, for the build and the CLI. The parser itself is pure;
 * this is the Node side that finds files and turns an unreadable one into a hard error.
 *
 * A notes file's corrections sit beside it (`a.md` → `a.corrections.md`, docs/notes-format.md):
 * reading a notes file reads them too, and a corrections file is never taken for notes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ContentError } from '../src/core/content-error.ts';
import { correctionsPathFor, isCorrectionsPath, notesPathFor } from '../src/core/corrections.ts';
import type { NotesFile } from '../src/core/types.ts';

/** The notes (`.md` files, not `.corrections.md`) of a folder, sorted, as paths relative to `cwd`. */
export function listNotes(dir: string, cwd = process.cwd()): string[] {
  return listMarkdown(dir, cwd).filter((path) => !isCorrectionsPath(path));
}

/** The corrections files of a folder, sorted, as paths relative to `cwd`. */
export function listCorrections(dir: string, cwd = process.cwd()): string[] {
  return listMarkdown(dir, cwd).filter(isCorrectionsPath);
}

function listMarkdown(dir: string, cwd: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => relative(cwd, join(dir, name)) || name);
}

/** What was read: notes files, the corrections files beside them, and what could not be read. */
export interface ReadContent {
  files: NotesFile[];
  corrections: NotesFile[];
  errors: ContentError[];
}

/**
 * Reads notes files (paths relative to `root`) and the corrections file beside each, if there is
 * one. A corrections path stands for its notes file. An unreadable file (missing, a folder, not
 * UTF-8) becomes a ContentError at line 1.
 */
export function readNotes(paths: readonly string[], root = process.cwd()): ReadContent {
  const out: ReadContent = { files: [], corrections: [], errors: [] };
  const notesPaths = [...new Set(paths.map((path) => (isCorrectionsPath(path) ? notesPathFor(path) : path)))];
  for (const path of notesPaths) {
    const notes = readText(path, root, out.errors);
    if (notes === null) continue;
    out.files.push(notes);
    const corrections = correctionsPathFor(path);
    if (!existsSync(resolve(root, corrections))) continue;
    const text = readText(corrections, root, out.errors);
    if (text !== null) out.corrections.push(text);
  }
  return out;
}

/**
 * The notes of a folder and their corrections, plus any corrections file whose notes file is
 * gone: its corrections then name no card, and say so, instead of vanishing unseen.
 */
export function readContentDir(dir: string, root = process.cwd()): ReadContent {
  const notes = listNotes(resolve(root, dir), root);
  const content = readNotes(notes, root);
  const known = new Set(notes.map(correctionsPathFor));
  for (const path of listCorrections(resolve(root, dir), root)) {
    if (known.has(path)) continue;
    const text = readText(path, root, content.errors);
    if (text !== null) content.corrections.push(text);
  }
  return content;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function readText(path: string, root: string, errors: ContentError[]): NotesFile | null {
  try {
    const text = decoder.decode(readFileSync(resolve(root, path))).replace(/^\uFEFF/, '');
    return { path: path.split('\\').join('/'), text };
  } catch (error) {
    const reason = error instanceof TypeError ? 'not valid UTF-8' : ((error as NodeJS.ErrnoException).code ?? String(error));
    errors.push(new ContentError(path, 1, `cannot read the file: ${reason}`));
    return null;
  }
}
