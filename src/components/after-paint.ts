/**
 * Runs `callback` once the browser has painted the next frame: a requestAnimationFrame callback
 * runs just before a frame is produced, and a timer set from it runs after. For work the current
 * screen does not need to be seen (fetching a chunk, the answers), which must not delay that frame:
 * the first render is synchronous (src/app/mount.tsx), so its effects run before the first paint.
 * Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Runs long work once the next frame is painted, behind whatever is already waiting (a key press,
 * a timer): at background priority where the browser has a task scheduler, else as a timer.
 * No cancelling: for start-up work that must run.
 */
export function afterNextPaintInBackground(callback: () => void): void {
  requestAnimationFrame(() => {
    if (typeof scheduler !== 'undefined') void scheduler.postTask(callback, { priority: 'background' });
    else setTimeout(callback, 0);
  });
}

/**
 * Runs `callback` once the next frame is painted and the browser has nothing more pressing to do
 * (an idle callback, or a timer where there are none): behind any task already queued, such as
 * the handling of another key press. At most `timeoutMs` late when the page never goes idle.
 * Returns a function that cancels it.
 */
export function whenIdleAfterPaint(callback: () => void, timeoutMs = 100): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) callback();
  };
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
    else setTimeout(run, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
