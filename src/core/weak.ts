/**
 * Weak cards: the ones worth drilling before an interview, ranked, each with the reasons it is
 * listed. Signals, as the issue names them: lapses (forgotten after being learnt), a low
 * probability of recall now (FSRS retrievability), an "Again" in the last days, misses in quizzes.
 *
 * The score is a plain weighted sum, chosen so that each signal alone lists a card and that
 * repeated failure outranks a single one; it orders a list, it predicts nothing:
 *   2 per lapse + 2 per quiz miss + 1 per other "Again" in the log
 *   + 3 for an "Again" in the last RECENT_DAYS days
 *   + up to 4 for low recall (4 × how far retrievability is below LOW_RECALL, relative to it).
 * O(n) over the cards; the store memoises it on the progress version.
 */
import type { Card, CardProgress, QuizMisses, SchedulingState, WeakReason } from './types.ts';

/** "Recently" for an Again, in days. */
export const RECENT_DAYS = 7;

/** Below this probability of recall a card counts as weak (the schedule aims at 0.9). */
export const LOW_RECALL = 0.7;

const DAY = 86_400_000;

/** One listed card. */
export interface WeakCard {
  card: Card;
  score: number;
  /** In a fixed order: quiz misses, lapses, recent Again, low recall. */
  reasons: WeakReason[];
}

export interface WeakOptions {
  now: number;
  /** FSRS retrievability (0–1) of a card's state at `now`: the scheduler's, passed in to keep this pure. */
  retrievability: (state: SchedulingState, now: number) => number;
}

function assess(p: CardProgress | undefined, misses: QuizMisses | undefined, opts: WeakOptions): { score: number; reasons: WeakReason[] } | null {
  const reasons: WeakReason[] = [];
  let score = 0;
  if (misses && misses.count > 0) {
    reasons.push({ kind: 'quiz-misses', count: misses.count });
    score += 2 * misses.count;
  }
  if (p) {
    const lapses = p.sched.lapses;
    if (lapses > 0) {
      reasons.push({ kind: 'lapses', count: lapses });
      score += 2 * lapses;
    }
    let agains = 0;
    let lastAgain = -Infinity;
    for (const entry of p.log) {
      if (entry.grade !== 'again') continue;
      agains += 1;
      lastAgain = Math.max(lastAgain, entry.review);
    }
    // Lapses are Agains too: count only the others here, so a lapse is not scored twice.
    score += Math.max(0, agains - lapses);
    if (opts.now - lastAgain <= RECENT_DAYS * DAY) {
      reasons.push({ kind: 'recent-again', at: lastAgain });
      score += 3;
    }
    if (p.sched.state !== 'new') {
      const r = opts.retrievability(p.sched, opts.now);
      if (r < LOW_RECALL) {
        reasons.push({ kind: 'low-recall', retrievability: r });
        score += (4 * (LOW_RECALL - r)) / LOW_RECALL;
      }
    }
  }
  return reasons.length > 0 ? { score, reasons } : null;
}

const REASON_ORDER: Record<WeakReason['kind'], number> = { 'quiz-misses': 0, lapses: 1, 'recent-again': 2, 'low-recall': 3 };

/** The weak cards among `cards`, weakest first (ties keep the notes' order). */
export function rankWeakCards(
  cards: readonly Card[],
  progress: ReadonlyMap<string, CardProgress>,
  misses: ReadonlyMap<string, QuizMisses>,
  opts: WeakOptions,
): WeakCard[] {
  const out: (WeakCard & { order: number })[] = [];
  cards.forEach((card, order) => {
    const found = assess(progress.get(card.id), misses.get(card.id), opts);
    if (found) out.push({ card, score: found.score, reasons: found.reasons.sort((a, b) => REASON_ORDER[a.kind] - REASON_ORDER[b.kind]), order });
  });
  out.sort((a, b) => b.score - a.score || a.order - b.order);
  return out.map(({ card, score, reasons }) => ({ card, score, reasons }));
}
