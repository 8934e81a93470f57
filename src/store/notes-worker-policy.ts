/**
 * The Trusted Types policy for the notes parser's worker URL (src/store/notes-worker-spawn.ts). The
 * built index.html's CSP allows it by this name (scripts/vite-plugin-csp.ts), beside the service worker's.
 */
export const WORKER_POLICY = 'flashcards-notes-worker';
