/**
 * Hearing of other tabs' saves: the browser's `storage` event fires in every other tab of the
 * origin when one writes. What to do with the value they saved (a three-way merge) is
 * saved-progress.ts's, with src/store/progress-sync.ts; this only says when.
 */

/** Tells when another tab changed a key (null: it cleared the storage); returns an unsubscribe function. */
export type ExternalChanges = (listener: (key: string | null) => void) => () => void;

/** The window's `storage` event (none outside a browser). */
export const windowStorageEvents: ExternalChanges = (listener) => {
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (e: StorageEvent): void => listener(e.key);
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
};

/**
 * Call `onChange` when another tab wrote `key`: once for a burst of writes, when the browser is idle
 * (decoding 10,000 cards takes ~100 ms). Nothing waits on this for safety: a save of this tab reads
 * and merges what is stored first anyway. Returns a function that stops listening.
 */
export function watchOtherTabs(changes: ExternalChanges, key: string, onChange: () => void): () => void {
  let waiting = false;
  let stopped = false;
  const run = (): void => {
    waiting = false;
    if (!stopped) onChange();
  };
  const unsubscribe = changes((changed) => {
    if (changed !== key || waiting) return;
    waiting = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
