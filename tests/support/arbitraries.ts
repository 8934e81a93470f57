/** fast-check generators of progress, shared by the property tests. */
import fc from 'fast-check';
import { LOG_LIMIT, compactLog, withElapsedDays, withReview } from '../../src/core/card-record.ts';
import { GRADES } from '../../src/core/types.ts';
import type { CardProgress, CardState, Grade, ReviewLogEntry } from '../../src/core/types.ts';
import { testScheduler as scheduler } from './progress.ts';
import { MIN } from './time.ts';

const STATES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];
/** 2024-01-01 and 2030-01-01, in minutes. */
const FROM = Date.UTC(2024, 0, 1) / MIN;
const TO = Date.UTC(2030, 0, 1) / MIN;

/** Card ids as the notes make them (README, "Card ids"). */
export const arbCardId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/);

/**
 * Any record the app could hold: a schedule within the stored ranges and a log in time order, long
 * enough sometimes to be compacted. Not necessarily one the scheduler would produce.
 */
export const arbCardProgress: fc.Arbitrary<CardProgress> = fc
  .record({
    state: fc.constantFrom(...STATES),
    stability: fc.double({ min: 0, max: 36_500, noNaN: true, noDefaultInfinity: true }),
    difficulty: fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true }),
    scheduledDays: fc.integer({ min: 0, max: 36_500 }),
    learningSteps: fc.integer({ min: 0, max: 3 }),
    reps: fc.integer({ min: 0, max: 5_000 }),
    lapsesShare: fc.double({ min: 0, max: 1, noNaN: true }),
    start: fc.integer({ min: FROM, max: TO - 200_000 }),
    dueAfter: fc.integer({ min: 0, max: 100_000 }),
    steps: fc.array(
      fc.record({ gap: fc.integer({ min: 0, max: 5_000 }), grade: fc.constantFrom(...GRADES), stateBefore: fc.constantFrom(...STATES) }),
      { maxLength: LOG_LIMIT + 15 },
    ),
    neverReviewed: fc.boolean(),
  })
  .map((r): CardProgress => {
    let t = r.start;
    const entries: ReviewLogEntry[] = r.steps.map((s) => {
      t += s.gap;
      return { review: t * MIN, grade: s.grade, stateBefore: s.stateBefore, elapsedDays: 0 };
    });
    const lastReview = entries.length === 0 && r.neverReviewed ? null : t * MIN;
    const sched = {
      state: r.state,
      due: (t + r.dueAfter) * MIN,
      stability: r.stability,
      difficulty: r.difficulty,
      scheduledDays: r.scheduledDays,
      learningSteps: r.learningSteps,
      reps: r.reps,
      lapses: Math.floor(r.reps * r.lapsesShare),
      lastReview,
    };
    return compactLog({ sched, log: withElapsedDays(entries, null) });
  });

/** A progress map of distinct valid ids. */
export const arbProgress: fc.Arbitrary<Map<string, CardProgress>> = fc
  .uniqueArray(fc.tuple(arbCardId, arbCardProgress), { selector: ([id]) => id, maxLength: 12 })
  .map((entries) => new Map(entries));

/** A learner's session: grades, each some minutes after the one before. */
export const arbStudy = fc.array(fc.record({ grade: fc.constantFrom<Grade>(...GRADES), after: fc.integer({ min: 1, max: 20_000 }) }), {
  maxLength: 12,
});

/** Grade a card through the real scheduler, from `prev` (or a new card) onwards from `start` (minutes). */
export function study(prev: CardProgress | undefined, steps: readonly { grade: Grade; after: number }[], start: number): CardProgress | undefined {
  let p = prev;
  let t = Math.max(start, (prev?.sched.lastReview ?? 0) / MIN);
  for (const s of steps) {
    t += s.after;
    const { state, log } = scheduler.grade(p?.sched ?? scheduler.newCardState(t * MIN), s.grade, t * MIN);
    p = withReview(p, state, log);
  }
  return p;
}

/** The minute arbitraries start from. */
export const START = FROM;
