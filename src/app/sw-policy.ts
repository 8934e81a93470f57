/**
 * The Trusted Types policy for the service worker (the built index.html's CSP names it, see
 * scripts/vite-plugin-csp.ts): under `require-trusted-types-for 'script'`, registering a service
 * worker needs a TrustedScriptURL, and this policy vouches for exactly one URL, the worker's. The
 * notes parser's worker has one of its own (src/store/notes-worker-spawn.ts).
 */
export const SW_POLICY = 'flashcards-sw';

/** The service worker vite-plugin-pwa generates, next to index.html. */
export const SW_URL = './sw.js';
