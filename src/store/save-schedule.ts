/**
 * When progress is written: never on the key-press path. A grade changes memory only; the write
 * comes `debounceMs` after the last of a burst of grades, when the browser is idle (encoding 10,000
 * cards takes milliseconds: not mid-animation), and at once when the page is hidden or closed
 * (pagehide, visibilitychange to hidden), so the last grades before a tab goes never wait for an
 * idle moment that will not come.
 */

export interface SaveSchedule {
  /** Save soon: after the debounce, in idle time. */
  request(): void;
  /** Save now if a save is waiting (the page is being hidden, or a reset must be on disk at once). */
  flush(): void;
  /** Flush, and stop listening to the page's lifecycle. */
  dispose(): void;
}

const hasIdle = (): boolean => typeof requestIdleCallback === 'function';

/** A schedule that calls `save` as the module comment says. */
export function createSaveSchedule({ debounceMs, save }: { debounceMs: number; save: () => void }): SaveSchedule {
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;

  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    timer = null;
    idle = null;
  };
  const run = (): void => {
    pending = false;
    save();
  };
  const flush = (): void => {
    cancel();
    if (pending) run();
  };

  const onPageHide = (): void => flush();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);

  return {
    request() {
      pending = true;
      if (timer !== null || idle !== null) return;
      timer = setTimeout(() => {
        timer = null;
        if (!hasIdle()) return run();
        idle = requestIdleCallback(
          () => {
            idle = null;
            run();
          },
          { timeout: 2000 },
        );
      }, debounceMs);
    },
    flush,
    dispose() {
      flush();
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
