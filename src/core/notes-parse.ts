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

/** Parses the drafts with the build's parser, audit, code and name checks and corrections: one collection per draft, in order. */
export function parseDrafts(drafts: readonly NotesDraft[]): ParseOutcome {
  const paths = drafts.map((d) => parsePath(d.name));
  const files: NotesFile[] = drafts.map((d, i) => ({ path: paths[i]!, text: d.text }));
  const corrections: NotesFile[] = drafts.flatMap((d, i) => (d.corrections === undefined ? [] : [{ path: correctionsPathFor(paths[i]!), text: d.corrections }]));
  const { collection, errors } = buildCollection(files, { corrections });
  if (errors.length > 0) return { ok: false, errors: errors.map((e) => ({ file: e.file, line: e.line, message: e.detail })) };
  const parsed = drafts.map((): Collection => ({ decks: [], cards: [], skipped: [], warnings: [] }));
  const of = (file: string): Collection | undefined => parsed[paths.indexOf(file)];
  for (const deck of collection.decks) of(deck.source.file)?.decks.push(deck);
  for (const card of collection.cards) of(card.source.file)?.cards.push(card);
  for (const skip of collection.skipped) of(skip.file)?.skipped.push(skip);
  for (const warning of collection.warnings) of(warning.file)?.warnings.push(warning);
  return { ok: true, parsed };
}

/** The worker's answer to a request; never throws (a failure is a reply too). */
export function answerParseRequest(request: ParseRequest): ParseReply {
  try {
    return { id: request.id, ...parseDrafts(request.drafts) };
  } catch (error) {
    return { id: request.id, ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
}
