/**
 * Parsing imported notes off the main thread: one worker (src/store/notes-worker.ts), started on the
 * first parse and kept, and a reply matched to its request by id. A worker that fails (its script
 * cannot load, it crashes) rejects what was waiting on it and is started afresh next time.
 *
 * A call is a message out and one back, so this is small enough not to need Comlink.
 */
import type { NotesDraft } from '../core/imported-notes.ts';
import type { ParseOutcome, ParseReply, ParseRequest } from '../core/notes-parse.ts';

/** What the parser needs of a Worker: tests pass one that answers in-process. */
export interface ParserWorker {
  postMessage(request: ParseRequest): void;
  terminate(): void;
  onmessage: ((event: { data: ParseReply }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

export interface NotesParser {
  /** The drafts parsed with the build's checks; rejects only when the worker itself fails. */
  parse(drafts: readonly NotesDraft[]): Promise<ParseOutcome>;
  dispose(): void;
}

export function createNotesParser(spawn: () => ParserWorker): NotesParser {
  let worker: ParserWorker | null = null;
  let next = 1;
  const waiting = new Map<number, { resolve: (outcome: ParseOutcome) => void; reject: (error: Error) => void }>();

  const stop = (error: Error): void => {
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const started = (): ParserWorker => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = ({ data }) => {
      const pending = waiting.get(data.id);
      if (!pending) return;
      waiting.delete(data.id);
      if ('failure' in data) pending.reject(new Error(data.failure));
      else pending.resolve(data.ok ? { ok: true, parsed: data.parsed } : { ok: false, errors: data.errors });
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      stop(new Error(event.message || 'the notes parser stopped'));
    };
    return (worker = w);
  };

  return {
    parse(drafts) {
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        try {
          started().postMessage({ id, drafts });
        } catch (error) {
          waiting.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    dispose: () => stop(new Error('the notes parser was closed')),
  };
}
