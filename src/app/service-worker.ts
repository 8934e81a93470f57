/**
 * Offline support: the service worker vite-plugin-pwa generates precaches the app and, with the
 * JS, the cards. This module holds what the UI needs — whether a new version is waiting — and
 * starts the registration (src/app/register-sw.ts) once the page has loaded.
 *
 * Registered by our code rather than by a script the plugin injects, because an inline script
 * would break the CSP (script-src 'self'). Only in a production build: never in `npm run dev`,
 * where a cached app would hide edits, nor in vitest. The registration code and workbox-window
 * come in their own chunk after the load event, so they cost the first screen nothing.
 */
import { useSyncExternalStore } from 'react';

let updateWaiting = false;
let activateUpdate: (() => void) | null = null;
const listeners = new Set<() => void>();

/** For register-sw.ts: a new version is installed and waiting; `activate` switches to it and reloads. */
export function offerUpdate(activate: () => void): void {
  activateUpdate = activate;
  setUpdateWaiting(true);
}

function setUpdateWaiting(value: boolean): void {
  if (updateWaiting === value) return;
  updateWaiting = value;
  for (const listener of listeners) listener();
}

/** Register the service worker once the page has loaded (a no-op in dev, in tests, or without support). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // Without a service worker the app still works online: a failed load needs no message.
  const start = (): void => void import('./register-sw.ts').then((m) => m.register()).catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a new version is installed and waiting for the user's go-ahead. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(subscribe, () => updateWaiting, () => false);
}

/**
 * Switch to the waiting version and reload. Progress is safe: it lives in localStorage, and the
 * persistence adapter writes any pending save when the page is hidden (pagehide) before the reload.
 */
export function applyUpdate(): void {
  activateUpdate?.();
}

/** "Later": hide the offer; the new version takes over once every tab of the app has been closed. */
export function postponeUpdate(): void {
  setUpdateWaiting(false);
}
