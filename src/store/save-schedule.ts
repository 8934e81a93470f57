/**
 * When progress is written: never on the key-press path. A grade changes memory only; the write
 * comes `debounceMs` after the last of a burst of grades, when the browser is idle (encoding 10,000
 * cards takes milliseconds: not mid-animation), and at once when the page is hidden or closed
 * (pagehide, visibilitychange to hidden), so the last grades before a tab goes never wait for an
 * idle moment that will not come.
 *
 * Also here, as it is about the cost of the first save: after a load, the encoding cache is filled
 * in idle time (src/core/progress.ts, prepareEncoding), so the first save after a grade is as cheap
 * as later ones.
 */
import { prepareEncoding } from '../core/progress.ts';
import type { CardProgress } from '../core/types.ts';

/** The encoding cache is filled this long after a load (ms), once the start-up is over. */
const WARM_AFTER_MS = 1500;
/** and at most this long at a time (ms), so a key press never waits long behind it. */
const WARM_SLICE_MS = 4;

export interface SaveSchedule {
  /** Save soon: after the debounce, in idle time. */
  request(): void;
  /** Save now if a save is waiting (the page is being hidden, or a reset must be on disk at once). */
  flush(): void;
  /** Fill the encoding cache for `progress` in idle slices, once the start-up is over. */
  warm(progress: ReadonlyMap<string, CardProgress>): void;
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

  // Not before the start-up is over (an idle main thread while the cards download is not idle time
  // to spend: the first card would wait for the slice), and in slices of at most WARM_SLICE_MS, as an
  // idle deadline can be 50 ms.
  let warming: number | null = null;
  let warmingTimer: ReturnType<typeof setTimeout> | null = null;
  const warm = (progress: ReadonlyMap<string, CardProgress>): void => {
    if (!hasIdle() || progress.size === 0) return;
    const entries = progress.entries();
    const slice = (deadline: IdleDeadline): void => {
      warming = null;
      const end = performance.now() + WARM_SLICE_MS;
      while (deadline.timeRemaining() > 1 && performance.now() < end) if (!prepareEncoding(entries, 100)) return;
      warming = requestIdleCallback(slice);
    };
    warmingTimer = setTimeout(() => {
      warmingTimer = null;
      warming = requestIdleCallback(slice);
    }, WARM_AFTER_MS);
  };

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
    warm,
    dispose() {
      if (warmingTimer !== null) clearTimeout(warmingTimer);
      if (warming !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(warming);
      flush();
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
