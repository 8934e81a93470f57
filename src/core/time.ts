/**
 * Minutes. Every time in progress is kept to the whole minute (src/core/scheduler.ts says why), so
 * anything that compares or shows those times rounds the same way, here.
 */

/** One minute, in milliseconds. */
export const MINUTE_MS = 60_000;

/** The start of the minute `ms` falls in (epoch ms). */
export function wholeMinute(ms: number): number {
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}
