/**
 * Vite plugin: a strict Content-Security-Policy in the BUILT index.html (a `<meta http-equiv>`, so any
 * static host serves it). Not in `npm run dev`: the dev server's React refresh preamble is an inline script.
 *
 * Scripts, styles, fonts and connections only from the app's own origin; no inline script, no eval,
 * no plugins, no <base> rewriting, no form posts. Images also from `data:` (small inline icons) and
 * `blob:`. `require-trusted-types-for 'script'` makes the browser refuse any HTML string written into
 * the DOM (innerHTML and friends): the app renders notes and imported files only as React text and
 * elements, and the browser test checks that no violation is ever reported.
 *
 * A service worker and a web manifest from the app's origin are allowed for the PWA. Under Trusted
 * Types `navigator.serviceWorker.register()` and `new Worker()` take a TrustedScriptURL, so two
 * policies are allowed: `flashcards-sw` for the code that registers the service worker
 * (src/app/register-sw.ts), `flashcards-notes-worker` for the notes parser's worker
 * (src/store/notes-worker-spawn.ts). No other policy can be created, and no policy turns strings into HTML. `frame-ancestors` cannot be
 * set from a <meta>; set it as a header where the host allows.
 */
import type { Plugin } from 'vite';
import { SW_POLICY } from '../src/app/sw-policy.ts';
import { WORKER_POLICY } from '../src/store/notes-worker-policy.ts';

export { SW_POLICY, WORKER_POLICY };

/** The policy, one directive per entry. */
export const CONTENT_SECURITY_POLICY: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${SW_POLICY} ${WORKER_POLICY}`,
];

/** Adds the policy to index.html in `vite build` only. */
export function cspPlugin(policy: readonly string[] = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'flashcards-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Right after the charset, before every script and stylesheet it must govern.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset> in <head> for the CSP to follow');
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}
