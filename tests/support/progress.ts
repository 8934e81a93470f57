/** Card progress for tests: records made by hand, and records made by grading through the real scheduler. */
import { createScheduler } from '../../src/core/scheduler.ts';
import type { CardProgress, CardState, Grade, ReviewLogEntry, SchedulingState } from '../../src/core/types.ts';
import { DAY, NOW } from './time.ts';

/** The scheduler the store uses in tests: no fuzz, so intervals are exact. */
export const testScheduler = createScheduler({ fuzz: false });

/** One card's progress as stored (a schema 2 tuple), to build stored values from. */
export const STORED_CARD = '[2,28935870,4320,3.1,5.5,3,0,3,0,"K0G140Ca"]';

/** A log entry: `grade` given at `review` to a card in `stateBefore`. */
export function logEntry(review: number, grade: Grade = 'good', stateBefore: CardState = 'review'): ReviewLogEntry {
  return { review, grade, stateBefore, elapsedDays: 0 };
}

/**
 * A record made by hand: a schedule from `sched` over plain defaults (a review due at 0), and `log`.
 * Unless given, reps is the log's length and lastReview its last review.
 */
export function makeProgress(sched: Partial<SchedulingState> = {}, log: ReviewLogEntry[] = []): CardProgress {
  return {
    sched: {
      state: 'review',
      due: 0,
      stability: 3,
      difficulty: 5,
      scheduledDays: 3,
      learningSteps: 0,
      reps: log.length,
      lapses: 0,
      lastReview: log.at(-1)?.review ?? null,
      ...sched,
    },
    log,
  };
}

/** A card first graded Good, when new, at `introduced` (a month before NOW unless given); now in `state` and due at `due`. */
export function learntProgress(state: CardState, due: number, introduced = NOW - 30 * DAY): CardProgress {
  return makeProgress({ state, due }, [logEntry(introduced, 'good', 'new')]);
}

/** A card's record after the grades listed, each at its time, through the real scheduler. */
export function gradedAt(steps: readonly (readonly [Grade, number])[]): CardProgress {
  let sched = testScheduler.newCardState(steps[0]![1]);
  const log: ReviewLogEntry[] = [];
  for (const [grade, at] of steps) {
    const r = testScheduler.grade(sched, grade, at);
    sched = r.state;
    log.push(r.log);
  }
  return { sched, log };
}

/** A card's record after `grades`, the first given at `start` and each later one when the card falls due. */
export function gradedWhenDue(grades: readonly Grade[], start: number): CardProgress {
  let sched = testScheduler.newCardState(start);
  let at = start;
  const log: ReviewLogEntry[] = [];
  for (const grade of grades) {
    const r = testScheduler.grade(sched, grade, at);
    sched = r.state;
    log.push(r.log);
    at = sched.due;
  }
  return { sched, log };
}
