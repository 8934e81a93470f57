/**
 * What saving progress costs at 10,000 cards, from the probe's record of localStorage writes: a
 * save is the whole timer or idle callback a progress write ran in (encoding included), or the
 * write alone when it ran elsewhere (say, in a key handler). A save "delays the next card" when it
 * overlaps a key press's window, from the keydown to the next card painted.
 */
import type { SaveTask, StorageWrite, TimedPress } from './browser-bench.ts';
import { median, round } from './stats.ts';

export interface SaveAnalysis {
  count: number;
  medianMs: number | null;
  maxMs: number | null;
  /** localStorage.setItem alone. */
  writeMedianMs: number | null;
  delaysNextCard: boolean;
  /** Key presses whose window a save overlapped. */
  overlappingPresses: number;
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Saves of `key` found in `activity`, their cost, and whether any overlapped a key press. */
export function analyseSaves(activity: { writes: readonly StorageWrite[]; tasks: readonly SaveTask[]; grades: readonly TimedPress[] }, key: string): SaveAnalysis {
  const writes = activity.writes.filter((w) => w.key === key);
  const saves: Span[] = writes.map((w) => activity.tasks.find((t) => t.keys.includes(key) && t.start <= w.start && w.end <= t.end) ?? w);
  const unique = [...new Set(saves)];
  const presses = activity.grades.map((g) => ({ start: g.start, end: g.paint }));
  const overlapping = presses.filter((p) => unique.some((s) => overlaps(s, p))).length;
  const durations = unique.map((s) => s.end - s.start);
  const some = durations.length > 0;
  return {
    count: unique.length,
    medianMs: some ? round(median(durations), 1) : null,
    maxMs: some ? round(Math.max(...durations), 1) : null,
    writeMedianMs: writes.length > 0 ? round(median(writes.map((w) => w.end - w.start)), 1) : null,
    delaysNextCard: overlapping > 0,
    overlappingPresses: overlapping,
  };
}
