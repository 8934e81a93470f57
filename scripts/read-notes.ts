/**
 * Reading notes files from disk, for the build and the CLI. The parser itself is pure;
 * this is the Node side that finds files and turns an unreadable one into a hard error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ContentError } from '../src/core/content-error.ts';
import type { NotesFile } from '../src/core/types.ts';

/** The `.md` files of a folder, sorted, as paths relative to `cwd`. */
export function listNotes(dir: string, cwd = process.cwd()): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => relative(cwd, join(dir, name)) || name);
}

/**
 * Reads files (paths relative to `root`); an unreadable one (missing, a folder, not UTF-8)
 * becomes a ContentError at line 1.
 */
export function readNotes(paths: readonly string[], root = process.cwd()): { files: NotesFile[]; errors: ContentError[] } {
  const files: NotesFile[] = [];
  const errors: ContentError[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const path of paths) {
    try {
      const text = decoder.decode(readFileSync(resolve(root, path))).replace(/^\uFEFF/, '');
      files.push({ path: path.split('\\').join('/'), text });
    } catch (error) {
      const reason = error instanceof TypeError ? 'not valid UTF-8' : ((error as NodeJS.ErrnoException).code ?? String(error));
      errors.push(new ContentError(path, 1, `cannot read the file: ${reason}`));
    }
  }
  return { files, errors };
}
