/**
 * Whether a new version of the app is installed and waiting (src/app/register-sw.ts offers it),
 * and what the update prompt's buttons do. Nothing changes until the learner accepts.
 */
import { useSyncExternalStore } from 'react';

let updateWaiting = false;
let activateUpdate: (() => void) | null = null;
const listeners = new Set<() => void>();

/** A new version is installed and waiting; `activate` switches to it and reloads. */
export function offerUpdate(activate: () => void): void {
  activateUpdate = activate;
  setUpdateWaiting(true);
}

function setUpdateWaiting(value: boolean): void {
  if (updateWaiting === value) return;
  updateWaiting = value;
  for (const listener of listeners) listener();
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
