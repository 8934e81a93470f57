/**
 * What home and the end-of-session summary show, by the study queue's own rules (src/core/queue.ts):
 * the cards to study now per deck, and when the next card becomes available.
 */
import { dayStart, nextDayStart } from './day.ts';
import { bucketOf, newLimitLeft } from './queue.ts';
import type { QueueCounts, QueueOptions } from './queue.ts';
import type { Card, CardProgress } from './types.ts';

/**
 * Cards to study now, per deck and in total, with the new-card limit applied (the limit is for
 * all decks together, so each deck shows at most what is left of it). O(n): compute once per
 * collection or progress change, not per render.
 */
export function countDue(
  cards: readonly Card[],
  progress: ReadonlyMap<string, CardProgress>,
  now: number,
  opts: QueueOptions,
): { total: QueueCounts; byDeck: Record<string, QueueCounts> } {
  const dayEnd = nextDayStart(now, opts.dayStartHour);
  const limit = newLimitLeft(progress, now, opts);
  const total: QueueCounts = { new: 0, learning: 0, review: 0 };
  const byDeck: Record<string, QueueCounts> = {};
  for (const card of cards) {
    const bucket = bucketOf(progress.get(card.id), dayEnd);
    if (bucket === 'later') continue;
    const deck = (byDeck[card.deck] ??= { new: 0, learning: 0, review: 0 });
    deck[bucket] += 1;
    total[bucket] += 1;
  }
  total.new = Math.min(total.new, limit);
  for (const deck of Object.values(byDeck)) deck.new = Math.min(deck.new, limit);
  return { total, byDeck };
}

/**
 * When the next card among `cards` becomes available after `now` (epoch ms), or null if none
 * will: a learning card at its due time, a review at the start of its due day, unseen new cards
 * at the next day start if today's limit is used up. O(n): for the end-of-session summary.
 */
export function nextAvailableAt(
  cards: readonly Card[],
  progress: ReadonlyMap<string, CardProgress>,
  now: number,
  opts: QueueOptions,
): number | null {
  let next = Infinity;
  let review = Infinity;
  let unseen = false;
  for (const card of cards) {
    const p = progress.get(card.id);
    if (!p || p.sched.state === 'new') unseen = true;
    else if (p.sched.state === 'review') review = Math.min(review, p.sched.due);
    else next = Math.min(next, Math.max(now, p.sched.due));
  }
  // dayStart is monotonic, so the earliest review's day start is the earliest of them all.
  if (review !== Infinity) next = Math.min(next, Math.max(now, dayStart(review, opts.dayStartHour)));
  if (unseen && opts.newPerDay > 0) next = Math.min(next, newLimitLeft(progress, now, opts) > 0 ? now : nextDayStart(now, opts.dayStartHour));
  return next === Infinity ? null : next;
}
