/**
 * Offline support: the service worker vite-plugin-pwa generates precaches the app and the cards
 * (files beside the code). This module starts its registration (src/app/register-sw.ts, with
 * workbox-window, in a chunk of its own) once the page has loaded; src/app/update-offer.ts holds
 * whether a new version waits.
 *
 * Registered by our code rather than by a script the plugin injects, because an inline script
 * would break the CSP (script-src 'self'). Only in a production build: never in `npm run dev`,
 * where a cached app would hide edits, nor in vitest.
 */

/** Register the service worker once the page has loaded (a no-op in dev, in tests, or without support). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // Without a service worker the app still works online: a failed load needs no message.
  const start = (): void => void import('./register-sw.ts').then((m) => m.register()).catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
