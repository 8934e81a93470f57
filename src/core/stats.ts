/**
 * Numbers for the stats screen that need no forgetting curve: cards by state, the due forecast,
 * reviews per study day (the heatmap), the streak and true retention. Pure: every function takes
 * `now` and the day's start hour, so tests pin the clock. Days are study days (src/core/day.ts),
 * so a review at 1:00 counts for the evening before, as it does in the study queue.
 *
 * Cost: each function is one pass over the cards or the logs, with a binary search over at most a
 * year of day boundaries per item; logs are walked newest first and left as soon as an entry is
 * older than the window, so a long history does not cost more than its recent part.
 */
import { dayStart } from './day.ts';
import type { Card, CardProgress, CardState, ReviewLogEntry } from './types.ts';

/** How many of the collection's cards are in each state. */
export type StateCounts = Record<CardState, number>;

/** Cards of the collection by state; a card never graded is `new`. Dormant progress is not counted. */
export function countByState(cards: readonly Card[], progress: ReadonlyMap<string, CardProgress>): StateCounts {
  const counts: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const card of cards) counts[progress.get(card.id)?.sched.state ?? 'new'] += 1;
  return counts;
}

/**
 * Starts (epoch ms) of `count` consecutive study days, the first being `offset` days from the one
 * containing `now` (negative: in the past), plus the start of the day after the last one.
 * Built from calendar fields, so a DST change does not shift a boundary.
 */
export function studyDayStarts(now: number, hour: number, offset: number, count: number): number[] {
  const today = new Date(dayStart(now, hour));
  const y = today.getFullYear();
  const m = today.getMonth();
  const d = today.getDate();
  return Array.from({ length: count + 1 }, (_, i) => new Date(y, m, d + offset + i, hour).getTime());
}

/** Index of the day in `starts` (from studyDayStarts) that contains `t`, or -1 outside them. */
function dayIndex(starts: readonly number[], t: number): number {
  if (t < (starts[0] as number) || t >= (starts[starts.length - 1] as number)) return -1;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Cards falling due on each of the next `days` study days: index 0 is today, with everything
 * overdue, as Anki's forecast counts it. New cards are not scheduled, so they are left out.
 */
export function dueForecast(
  cards: readonly Card[],
  progress: ReadonlyMap<string, CardProgress>,
  now: number,
  hour: number,
  days = 30,
): number[] {
  const starts = studyDayStarts(now, hour, 0, days);
  const counts = new Array<number>(days).fill(0);
  const end = starts[days] as number;
  const tomorrow = starts[1] as number;
  for (const card of cards) {
    const sched = progress.get(card.id)?.sched;
    if (!sched || sched.state === 'new' || sched.due >= end) continue;
    const i = sched.due < tomorrow ? 0 : dayIndex(starts, sched.due);
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

/** Calls `visit` for every log entry given at or after `since`, newest first within each card. */
function forEachRecentReview(progress: ReadonlyMap<string, CardProgress>, since: number, visit: (e: ReviewLogEntry) => void): void {
  for (const p of progress.values()) {
    const log = p.log;
    for (let i = log.length - 1; i >= 0; i -= 1) {
      const entry = log[i] as ReviewLogEntry;
      if (entry.review < since) break;
      visit(entry);
    }
  }
}

/**
 * Grades given on each of the last `days` study days, oldest first; the last is today.
 * Every card's log counts, dormant ones too: the reviews were done.
 */
export function reviewsPerDay(progress: ReadonlyMap<string, CardProgress>, now: number, hour: number, days: number): number[] {
  const starts = studyDayStarts(now, hour, 1 - days, days);
  const counts = new Array<number>(days).fill(0);
  forEachRecentReview(progress, starts[0] as number, (e) => {
    const i = dayIndex(starts, e.review);
    if (i >= 0) counts[i] = (counts[i] as number) + 1;
  });
  return counts;
}

/**
 * Study days in a row with at least one review, ending today — or yesterday while today has none
 * yet, so the morning does not show a broken streak before the day's first card.
 * `perDay` is oldest first, today last (reviewsPerDay); a streak cannot be longer than it.
 */
export function currentStreak(perDay: readonly number[]): number {
  let i = perDay.length - 1;
  if (i >= 0 && perDay[i] === 0) i -= 1;
  let streak = 0;
  for (; i >= 0 && (perDay[i] as number) > 0; i -= 1) streak += 1;
  return streak;
}

/** The share of review-state grades that were not Again; `ratio` is null without any. */
export interface Retention {
  passed: number;
  total: number;
  ratio: number | null;
}

/**
 * True retention over the last `days` study days, today included: of the grades given to cards
 * in the review state, the share that was not Again. Grades in (re)learning steps are left out,
 * as in Anki's True Retention table: a step minutes after the last one tests short-term memory,
 * not whether the card survived its interval.
 */
export function trueRetention(progress: ReadonlyMap<string, CardProgress>, now: number, hour: number, days: number): Retention {
  const since = studyDayStarts(now, hour, 1 - days, days)[0] as number;
  let passed = 0;
  let total = 0;
  forEachRecentReview(progress, since, (e) => {
    if (e.stateBefore !== 'review' || e.review > now) return;
    total += 1;
    if (e.grade !== 'again') passed += 1;
  });
  return { passed, total, ratio: total === 0 ? null : passed / total };
}
