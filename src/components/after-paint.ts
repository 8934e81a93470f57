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
