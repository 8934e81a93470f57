/**
 * A session over a chosen list of cards (the weak cards, the questions missed in a quiz), whatever
 * their due dates: "study these now". Every card is shown once (cards already studied first, then
 * any never studied, each group in the order given), and a card
 * failed again comes back within the session like any other (src/core/queue.ts's requeueLearning).
 *
 * A card shown before its due date is an early review. Nothing special is needed for it here: FSRS
 * counts the days actually elapsed since the last review, so ts-fsrs gives an early, successful
 * review a smaller stability gain than an on-time one (src/core/scheduler.ts passes `now` through).
 */
import { nextDayStart } from './day.ts';
import type { SessionQueue } from './queue.ts';
import type { Card, CardProgress } from './types.ts';

/**
 * Build the queue for `cards`. Cards never studied count as new (the daily limit
 * does not apply: the learner chose them); all others as reviews, due or not. O(n) over the list.
 */
export function buildListQueue(
  cards: readonly Card[],
  progress: ReadonlyMap<string, CardProgress>,
  now: number,
  opts: { dayStartHour: number },
): SessionQueue {
  const reviews: string[] = [];
  const news: string[] = [];
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    const state = progress.get(card.id)?.sched.state ?? 'new';
    (state === 'new' ? news : reviews).push(card.id);
  }
  return {
    dayEnd: nextDayStart(now, opts.dayStartHour),
    reviews,
    reviewAt: 0,
    news,
    newAt: 0,
    heap: [],
    seq: 0,
    front: [],
    counts: { new: news.length, learning: 0, review: reviews.length },
  };
}
