import { readFileSync } from 'node:fs';
import { buildCollection } from '../../src/core/collection.ts';
import type { NotesFile } from '../../src/core/types.ts';

export const NOTES_PATH = 'content/django-orm.md';

/** The author's notes, exactly as committed. */
export function realNotes(): NotesFile {
  return { path: NOTES_PATH, text: readFileSync(NOTES_PATH, 'utf8') };
}

/** Builds a collection from inline markdown files, for crafted inputs. */
export function build(...texts: string[]) {
  return buildCollection(texts.map((text, i) => ({ path: `notes-${i + 1}.md`, text })));
}
