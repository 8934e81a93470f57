/**
 * Starting the notes worker in the browser. Its URL comes from Vite (`?worker&url`: the worker is
 * bundled as a file of its own, loaded only when notes are imported). Under the CSP's Trusted Types
 * rule a Worker takes a TrustedScriptURL, so a policy vouches for exactly that one URL.
 */
import workerUrl from './notes-worker.ts?worker&url';
import { createNotesParser } from './notes-parser.ts';
import type { NotesParser, ParserWorker } from './notes-parser.ts';
import { WORKER_POLICY } from './notes-worker-policy.ts';

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): string };
}

let trusted: string | null = null;
function scriptUrl(): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return workerUrl;
  trusted ??= factory.createPolicy(WORKER_POLICY, { createScriptURL: (url) => (url === workerUrl ? url : '') }).createScriptURL(workerUrl);
  return trusted;
}

let parser: NotesParser | null = null;

/** The app's one notes parser, over a module worker. */
export function notesParser(): NotesParser {
  return (parser ??= createNotesParser(() => new Worker(scriptUrl(), { type: 'module', name: 'notes-parser' }) as unknown as ParserWorker));
}
