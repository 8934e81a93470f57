/**
 * A year of study by a simulated learner, produced with the app's own scheduler and storage codec
 * (src/core/scheduler.ts, src/core/progress.ts), so a change to either flows into the benchmark.
 *
 * The learner studies most days at 9:00, introduces new cards until the whole collection is seen,
 * does every due review and repeats learning steps within the day. Whether a card is recalled is
 * drawn from FSRS's own retrievability; one card in ten is a leech that is recalled far less often.
 * The last `missedDays` days are skipped, so the benchmark's session opens on a backlog of reviews.
 */
import { dayStart } from '../../src/core/day.ts';
import { encodeProgress } from '../../src/core/progress.ts';
import { withReview } from '../../src/core/card-record.ts';
import { createScheduler } from '../../src/core/scheduler.ts';
import type { CardProgress, Grade } from '../../src/core/types.ts';
import { seededRandom } from './stats.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

export interface HistoryOptions {
  /** The moment the benchmark's session begins (epoch ms); the simulated year ends before it. */
  now: number;
  days?: number;
  /** Days before `now` on which the learner did not study. */
  missedDays?: number;
  /** Share of days skipped at random (weekends off, illness). */
  skipRate?: number;
  seed?: number;
}

export interface SimulatedHistory {
  progress: Map<string, CardProgress>;
  /** The stored form, as the app writes it to localStorage. */
  stored: string;
  grades: number;
  studyDays: number;
}

/** Simulates a year of study of `cardIds`, in the order given (the order the app introduces them). */
export function simulateHistory(cardIds: readonly string[], options: HistoryOptions): SimulatedHistory {
  const { now, days = 365, missedDays = 2, skipRate = 0.1, seed = 7 } = options;
  const random = seededRandom(seed);
  const scheduler = createScheduler();
  const progress = new Map<string, CardProgress>();
  const leech = new Set(cardIds.filter(() => random() < 0.1));
  // Every card is introduced within the first 300 days, so the last months are reviews only.
  const newPerDay = Math.ceil(cardIds.length / Math.min(days, 300));
  let introduced = 0;
  let grades = 0;
  let studyDays = 0;

  const gradeFor = (id: string, t: number): Grade => {
    const p = progress.get(id);
    const recall = p && p.sched.state === 'review' ? scheduler.retrievability(p.sched, t) : 0.85;
    const chance = leech.has(id) ? recall * 0.6 : recall;
    if (random() >= chance) return 'again';
    const r = random();
    return r < 0.1 ? 'hard' : r < 0.92 ? 'good' : 'easy';
  };
  const answer = (id: string, t: number): void => {
    const prev = progress.get(id);
    const result = scheduler.grade(prev?.sched ?? scheduler.newCardState(t), gradeFor(id, t), t);
    progress.set(id, withReview(prev, result.state, result.log));
    grades += 1;
  };

  for (let day = days; day > missedDays; day -= 1) {
    if (random() < skipRate) continue;
    studyDays += 1;
    let t = dayStart(now - day * DAY) + 5 * 60 * MINUTE;
    const dayEnd = t + 19 * 60 * MINUTE;
    // Reviews due today, then today's new cards; each answer takes about ten seconds.
    const due = [...progress].filter(([, p]) => p.sched.state === 'review' && p.sched.due < dayEnd).map(([id]) => id);
    const fresh = cardIds.slice(introduced, introduced + newPerDay);
    introduced += fresh.length;
    for (const id of [...due, ...fresh]) {
      answer(id, t);
      t += 10_000;
    }
    // Learning steps come back within the day until every card has graduated (or the day is over).
    for (let round = 0; round < 20 && t < dayEnd; round += 1) {
      const learning = [...progress].filter(([, p]) => p.sched.state !== 'review' && p.sched.due < dayEnd);
      if (learning.length === 0) break;
      t = Math.max(t, Math.min(...learning.map(([, p]) => p.sched.due)));
      for (const [id, p] of learning) {
        if (p.sched.due > t) continue;
        answer(id, t);
        t += 10_000;
      }
    }
  }
  return { progress, stored: encodeProgress(progress), grades, studyDays };
}
