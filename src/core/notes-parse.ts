/**
 * Parsing imported notes with the build's parser, audit, code and name checks and corrections: what
 * the notes worker runs (src/store/notes-worker.ts). It weighs what the build's checks weigh (the
 * documented names, the Python grammar), so only the worker imports it.
 */
import { buildCollection } from './collection.ts';
import { correctionsPathFor } from './corrections.ts';
import type { NotesDraft } from './imported-notes.ts';
import { notesBase } from './notes-import.ts';
import type { Collection, NotesFile } from './types.ts';

export interface ParseRequest {
  id: number;
  drafts: readonly NotesDraft[];
}

/** A hard error, at its line: the import cannot go on until the notes are fixed. */
export interface ImportError {
  file: string;
  line: number;
  message: string;
}

export type ParseOutcome = { ok: true; parsed: Collection[] } | { ok: false; errors: ImportError[] };
export type ParseReply = { id: number } & (ParseOutcome | { ok: false; failure: string });

/** The path a draft is parsed under: its name, ending in `.md` so that its corrections file pairs with it. */
const parsePath = (name: string): string => (name.endsWith('.md') ? name : `${notesBase(name)}.md`);

/**
 * Parses the drafts with the build's parser, audit, code and name checks and corrections: one
 * collection per draft, in order. Each is parsed on its own, as a file of its own build: ids that
 * two of them share are the import plan's to settle (src/core/notes-import.ts), as with the notes there are.
 */
export function parseDrafts(drafts: readonly NotesDraft[]): ParseOutcome {
  const parsed: Collection[] = [];
  const errors: ImportError[] = [];
  for (const d of drafts) {
    const path = parsePath(d.name);
    const corrections: NotesFile[] = d.corrections === undefined ? [] : [{ path: correctionsPathFor(path), text: d.corrections }];
    const built = buildCollection([{ path, text: d.text }], { corrections });
    errors.push(...built.errors.map((e) => ({ file: e.file, line: e.line, message: e.detail })));
    parsed.push(built.collection);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, parsed };
}

/** The worker's answer to a request; never throws (a failure is a reply too). */
export function answerParseRequest(request: ParseRequest): ParseReply {
  try {
    return { id: request.id, ...parseDrafts(request.drafts) };
  } catch (error) {
    return { id: request.id, ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
}
