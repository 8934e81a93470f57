/**
 * Runs `callback` once the browser has painted the next frame: a requestAnimationFrame callback
 * runs just before a frame is produced, and a timer set from it runs after. For work the current
 * screen does not need to be seen (fetching a chunk, the answers), which must not delay that frame:
 * the first render is synchronous (main.tsx), so its effects run before the first paint.
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
