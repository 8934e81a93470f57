/** Imported notes for tests: drafts parsed in-process, planned and made into records as the import screen does. */
import { joinCollections } from '../../src/core/imported-notes.ts';
import type { ImportedNotes, NotesDraft } from '../../src/core/imported-notes.ts';
import { defaultTarget, planImport, recordsOf } from '../../src/core/notes-import.ts';
import type { ImportPlanItem } from '../../src/core/notes-import.ts';
import { answerParseRequest, parseDrafts } from '../../src/core/notes-parse.ts';
import type { ParseReply, ParseRequest } from '../../src/core/notes-parse.ts';
import type { Collection } from '../../src/core/types.ts';
import { createNotesParser } from '../../src/store/notes-parser.ts';
import type { NotesParser, ParserWorker } from '../../src/store/notes-parser.ts';
import { NOW } from './time.ts';

export const draft = (name: string, text: string, corrections?: string): NotesDraft =>
  corrections === undefined ? { name, text, origin: 'file' } : { name, text, corrections, origin: 'file' };

/** The plan for importing `drafts` over `built` and `imports`, each to the imported notes of its name. */
export function plan(drafts: NotesDraft[], built: Collection, imports: readonly ImportedNotes[] = []): ImportPlanItem[] {
  const parsed = parseDrafts(drafts);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  const current = joinCollections(built, imports);
  return planImport(drafts, parsed.parsed, drafts.map((d) => defaultTarget(d, imports)), { decks: current.decks, cards: current.cards, imports });
}

/** The records an import of `drafts` keeps, at `now`. */
export function importRecords(drafts: NotesDraft[], built: Collection, imports: readonly ImportedNotes[] = [], now = NOW): ImportedNotes[] {
  return recordsOf(plan(drafts, built, imports), now, imports);
}

/**
 * A worker that answers in-process, a tick later, as a real one does; `crash()` fails it as a
 * worker whose script cannot load. `started` counts the workers made.
 */
export class InProcessWorker implements ParserWorker {
  onmessage: ((event: { data: ParseReply }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null;
  terminated = false;
  /** Requests received, answered only when `answer()` is called if `manual`. */
  readonly received: ParseRequest[] = [];
  constructor(private readonly manual = false) {}
  postMessage(request: ParseRequest): void {
    this.received.push(structuredClone(request));
    if (!this.manual) setTimeout(() => this.answer(request.id), 0);
  }
  /** Answer the request `id` now. */
  answer(id: number): void {
    const request = this.received.find((r) => r.id === id)!;
    this.onmessage?.({ data: structuredClone(answerParseRequest(request)) });
  }
  crash(message = 'Uncaught ReferenceError: document is not defined'): void {
    this.onerror?.({ message });
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A parser over in-process workers; `workers` lists those it started. */
export function inProcessParser(manual = false): NotesParser & { workers: InProcessWorker[] } {
  const workers: InProcessWorker[] = [];
  const parser = createNotesParser(() => {
    const w = new InProcessWorker(manual);
    workers.push(w);
    return w;
  });
  return Object.assign(parser, { workers });
}
