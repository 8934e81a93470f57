/**
 * A card's record (its schedule and review log): what a grade does to it, and the bound on its
 * growth.
 *
 * Compaction: a card keeps its newest LOG_LIMIT reviews in full. An older review is folded into
 * the card's summary: it still counts (reps, lapses, folded.count), the first review's date is
 * kept, only its own date and grade go. FSRS needs none of it (its state is in the schedule). 50
 * reviews is more than a year of a card that is not a leech; only leeches fold. One card's stored
 * size is thereby bounded (≈ 480 characters with a 64-character id, src/core/progress.ts).
 */
import { elapsedDaysBetween } from './scheduler.ts';
import type { CardProgress, FoldedLog, ReviewLogEntry, SchedulingState } from './types.ts';

/** A card's log keeps at most this many reviews in full; older ones are folded (see above). */
export const LOG_LIMIT = 50;

/** Fold the oldest reviews of a log longer than LOG_LIMIT into the summary; other records come back as they are. */
export function compactLog(p: CardProgress): CardProgress {
  const extra = p.log.length - LOG_LIMIT;
  if (extra <= 0) return p;
  const gone = p.log.slice(0, extra);
  const folded: FoldedLog = {
    count: (p.folded?.count ?? 0) + extra,
    first: p.folded?.first ?? (gone[0] as ReviewLogEntry).review,
    last: (gone[extra - 1] as ReviewLogEntry).review,
  };
  return { sched: p.sched, log: p.log.slice(extra), folded };
}

/** The record after a grade: the new schedule, the entry appended to the log (compacted if need be). */
export function withReview(prev: CardProgress | undefined, sched: SchedulingState, entry: ReviewLogEntry): CardProgress {
  if (!prev) return { sched, log: [entry] };
  return compactLog({ sched, log: [...prev.log, entry], ...(prev.folded ? { folded: prev.folded } : {}) });
}

/**
 * Elapsed days of each entry, derived from the review times exactly as FSRS counts them (0 for a
 * card's first grade). `before` is the review before `log[0]`, if it was folded away.
 */
export function withElapsedDays(log: readonly ReviewLogEntry[], before: number | null): ReviewLogEntry[] {
  let prev = before;
  return log.map((e) => {
    const elapsedDays = prev === null || e.stateBefore === 'new' ? 0 : elapsedDaysBetween(prev, e.review);
    prev = e.review;
    return e.elapsedDays === elapsedDays ? e : { ...e, elapsedDays };
  });
}
