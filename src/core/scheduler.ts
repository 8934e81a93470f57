/**
 * The one module that talks to ts-fsrs (lint enforces it). It maps our plain, serialisable
 * SchedulingState to and from ts-fsrs's Card, so no ts-fsrs type or enum leaks out.
 * Every function takes `now` (epoch ms); nothing reads the clock.
 *
 * ts-fsrs is imported like any other module (~6.5 kB gzip): a scheduler can schedule from the
 * moment it is made, so nothing in the store or the app waits for an engine to arrive.
 */
import { Rating, State, createEmptyCard, fsrs } from 'ts-fsrs';
import type { Card as FsrsCard, FSRS, Grade as FsrsGrade } from 'ts-fsrs';
import { wholeMinute } from './time.ts';
import type { CardState, Grade, ReviewLogEntry, SchedulingState } from './types.ts';

const TO_STATE: Readonly<Record<CardState, State>> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const FROM_STATE: Readonly<Record<State, CardState>> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const TO_RATING: Readonly<Record<Grade, FsrsGrade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** A (re)learning step as Anki writes it: `1m`, `10m`, `1h`, `1d`. */
export type Step = `${number}${'m' | 'h' | 'd'}`;

/** Scheduler settings. Everything is optional; see DEFAULT_SCHEDULER_PARAMS. */
export interface SchedulerParams {
  /** Probability of recall the schedule aims for, in (0, 1). */
  desiredRetention?: number;
  /** Spread long intervals a little so cards learnt together do not stay together. Off in tests. */
  fuzz?: boolean;
  learningSteps?: readonly Step[];
  relearningSteps?: readonly Step[];
  maximumIntervalDays?: number;
}

/** Anki's defaults: 1m 10m learning, 10m relearning; FSRS's default retention 0.9. */
export const DEFAULT_SCHEDULER_PARAMS: Readonly<Required<SchedulerParams>> = Object.freeze({
  desiredRetention: 0.9,
  fuzz: true,
  learningSteps: Object.freeze<Step[]>(['1m', '10m']),
  relearningSteps: Object.freeze<Step[]>(['10m']),
  maximumIntervalDays: 36500,
});

/** Thrown by createScheduler for a parameter ts-fsrs would reject; echoes the bad value. */
export class SchedulerParamError extends Error {
  readonly param: string;
  readonly value: unknown;
  constructor(param: string, value: unknown, expected: string) {
    super(`Invalid scheduler parameter ${param}: ${JSON.stringify(value)} (expected ${expected})`);
    this.name = 'SchedulerParamError';
    this.param = param;
    this.value = value;
  }
}

/** What grading a card produces: its new state and the log entry to append. */
export interface GradeResult {
  state: SchedulingState;
  log: ReviewLogEntry;
}

/** A configured scheduler. Pure: it returns new values and keeps no per-card state. */
export interface Scheduler {
  readonly params: Readonly<Required<SchedulerParams>>;
  /** The state of a card nobody has studied yet, due at `now`. */
  newCardState(now: number): SchedulingState;
  /** Apply a grade given at `now`. */
  grade(state: SchedulingState, grade: Grade, now: number): GradeResult;
  /** When the card would be due after each grade (epoch ms), for the button labels. */
  previewIntervals(state: SchedulingState, now: number): Record<Grade, number>;
  /** What each grade given at `now` would produce, all four at once: exactly what `grade` returns for it. */
  outcomes(state: SchedulingState, now: number): Record<Grade, GradeResult>;
  /** Estimated probability of recall at `now`, 0–1 (0 for a new card). */
  retrievability(state: SchedulingState, now: number): number;
}

/**
 * What ts-fsrs gives back is rounded here, not in the codec, so the in-memory state is identical to
 * what a reload gives back. Times are kept to whole minutes (wholeMinute): the compact storage
 * counts minutes (a second-precise log costs ~1.5 more characters per review, see
 * src/core/progress.ts), and learning steps are minutes anyway. Stability and difficulty are kept
 * to 4 decimals (ts-fsrs uses 8): it halves their stored size, and 1e-4 of a day (~9 s of
 * stability) does not move a whole-day interval.
 */
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function toFsrs(s: SchedulingState): FsrsCard {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    // Deprecated input: ts-fsrs recomputes elapsed days from last_review, this only feeds its log.
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: TO_STATE[s.state],
    last_review: s.lastReview === null ? undefined : new Date(s.lastReview),
  };
}

function fromFsrs(c: FsrsCard): SchedulingState {
  return {
    state: FROM_STATE[c.state],
    due: wholeMinute(c.due.getTime()),
    stability: round4(c.stability),
    difficulty: round4(c.difficulty),
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    lastReview: c.last_review ? wholeMinute(c.last_review.getTime()) : null,
  };
}

function checkParams(p: Required<SchedulerParams>): void {
  const r = p.desiredRetention;
  if (!(Number.isFinite(r) && r > 0 && r < 1)) throw new SchedulerParamError('desiredRetention', r, 'a number in (0, 1)');
  const max = p.maximumIntervalDays;
  if (!(Number.isInteger(max) && max >= 1)) throw new SchedulerParamError('maximumIntervalDays', max, 'an integer ≥ 1');
  for (const [name, steps] of [['learningSteps', p.learningSteps], ['relearningSteps', p.relearningSteps]] as const) {
    if (!steps.every((s) => /^\d+(\.\d+)?[mhd]$/.test(s))) throw new SchedulerParamError(name, steps, 'steps like "1m", "10m", "1d"');
  }
}

/**
 * Build a scheduler (FSRS-6 with ts-fsrs's default weights).
 * @throws SchedulerParamError when a parameter is out of range.
 */
export function createScheduler(params: SchedulerParams = {}): Scheduler {
  const p: Required<SchedulerParams> = { ...DEFAULT_SCHEDULER_PARAMS, ...params };
  checkParams(p);
  const engine: FSRS = fsrs({
    request_retention: p.desiredRetention,
    maximum_interval: p.maximumIntervalDays,
    enable_fuzz: p.fuzz,
    enable_short_term: true,
    learning_steps: [...p.learningSteps],
    relearning_steps: [...p.relearningSteps],
  });

  // A device clock can go backwards; FSRS must never see a review before the last one.
  const reviewTime = (s: SchedulingState, now: number): number =>
    wholeMinute(s.lastReview === null ? now : Math.max(now, s.lastReview));

  const outcomes = (state: SchedulingState, now: number): Record<Grade, GradeResult> => {
    const t = reviewTime(state, now);
    const preview = engine.repeat(toFsrs(state), new Date(t));
    const outcome = (grade: Grade): GradeResult => {
      const { card, log } = preview[TO_RATING[grade]];
      return { state: fromFsrs(card), log: { review: t, grade, stateBefore: state.state, elapsedDays: log.elapsed_days } };
    };
    return { again: outcome('again'), hard: outcome('hard'), good: outcome('good'), easy: outcome('easy') };
  };

  return {
    params: Object.freeze(p),
    newCardState: (now) => fromFsrs(createEmptyCard(new Date(wholeMinute(now)))),
    grade(state, grade, now) {
      const t = reviewTime(state, now);
      const { card, log } = engine.next(toFsrs(state), new Date(t), TO_RATING[grade]);
      return {
        state: fromFsrs(card),
        log: { review: t, grade, stateBefore: state.state, elapsedDays: log.elapsed_days },
      };
    },
    previewIntervals: (state, now) => dueAfter(outcomes(state, now)),
    outcomes,
    retrievability(state, now) {
      if (state.state === 'new') return 0;
      return engine.get_retrievability(toFsrs(state), new Date(Math.max(now, state.lastReview ?? now)), false);
    },
  };
}

/** When the card is due after each grade (epoch ms), from what each grade would produce. */
export function dueAfter(outcomes: Readonly<Record<Grade, GradeResult>>): Record<Grade, number> {
  return { again: outcomes.again.state.due, hard: outcomes.hard.state.due, good: outcomes.good.state.due, easy: outcomes.easy.state.due };
}

const DAY_MS = 86_400_000;

/**
 * Whole days between two reviews, counted as FSRS counts them: calendar days in UTC (ts-fsrs's
 * dateDiffInDays). A UTC day is exactly 86,400,000 ms in JavaScript time, so that is the difference of
 * the day numbers, with no Date made per review (the storage codec calls it for every log entry).
 * tests/core/scheduler.test.ts checks it against ts-fsrs's own.
 */
export function elapsedDaysBetween(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor(toMs / DAY_MS) - Math.floor(fromMs / DAY_MS));
}
