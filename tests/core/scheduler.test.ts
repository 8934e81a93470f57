import fc from 'fast-check';
import { dateDiffInDays } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { SchedulerParamError, createScheduler, elapsedDaysBetween } from '../../src/core/scheduler.ts';
import { GRADES } from '../../src/core/types.ts';
import type { SchedulingState } from '../../src/core/types.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0); // a fixed Monday morning
const scheduler = createScheduler({ fuzz: false });

/** Grade a fresh card through a sequence, each grade given when the card is due. */
function run(grades: Parameters<typeof scheduler.grade>[1][], start = T0): SchedulingState {
  let s = scheduler.newCardState(start);
  let now = start;
  for (const g of grades) {
    s = scheduler.grade(s, g, now).state;
    now = s.due;
  }
  return s;
}

describe('createScheduler', () => {
  it('uses retention 0.9, fuzz on and Anki-like steps by default', () => {
    const p = createScheduler().params;
    expect(p.desiredRetention).toBe(0.9);
    expect(p.fuzz).toBe(true);
    expect(p.learningSteps).toEqual(['1m', '10m']);
    expect(p.relearningSteps).toEqual(['10m']);
  });

  it('rejects an out-of-range retention with a typed error echoing the value', () => {
    expect(() => createScheduler({ desiredRetention: 1.5 })).toThrow(SchedulerParamError);
    try {
      createScheduler({ desiredRetention: 1.5 });
    } catch (e) {
      expect((e as SchedulerParamError).value).toBe(1.5);
      expect((e as SchedulerParamError).param).toBe('desiredRetention');
    }
  });

  it('lists grades in key order 1–4', () => {
    expect(GRADES).toEqual(['again', 'hard', 'good', 'easy']);
  });
});

describe('grading', () => {
  it('a new card is new and due now', () => {
    const s = scheduler.newCardState(T0);
    expect(s).toMatchObject({ state: 'new', due: T0, reps: 0, lapses: 0, lastReview: null });
  });

  it('learning steps 1m 10m: Again 1 min, Hard 6 min, Good 10 min; Easy graduates', () => {
    const s = scheduler.newCardState(T0);
    const again = scheduler.grade(s, 'again', T0).state;
    const hard = scheduler.grade(s, 'hard', T0).state;
    const good = scheduler.grade(s, 'good', T0).state;
    const easy = scheduler.grade(s, 'easy', T0).state;
    expect(again).toMatchObject({ state: 'learning', due: T0 + 1 * MIN });
    expect(hard).toMatchObject({ state: 'learning', due: T0 + 6 * MIN });
    expect(good).toMatchObject({ state: 'learning', due: T0 + 10 * MIN });
    expect(easy.state).toBe('review');
    expect(easy.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(easy.due).toBe(T0 + easy.scheduledDays * DAY);
  });

  it('Good on the last learning step graduates to review in whole days', () => {
    const s = run(['good', 'good']);
    expect(s.state).toBe('review');
    expect(s.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(s.reps).toBe(2);
  });

  it('Again on a review card relearns in 10 minutes and counts a lapse', () => {
    const review = run(['good', 'good']);
    const { state, log } = scheduler.grade(review, 'again', review.due);
    expect(state).toMatchObject({ state: 'relearning', due: review.due + 10 * MIN, lapses: 1 });
    expect(log).toEqual({ review: review.due, grade: 'again', stateBefore: 'review', elapsedDays: review.scheduledDays });
  });

  it('intervals grow with Good and Easy beats Good', () => {
    const s1 = run(['good', 'good', 'good']);
    const s2 = run(['good', 'good', 'good', 'good']);
    expect(s2.scheduledDays).toBeGreaterThan(s1.scheduledDays);
    const p = scheduler.previewIntervals(s2, s2.due);
    expect(p.easy).toBeGreaterThan(p.good);
    expect(p.good).toBeGreaterThan(p.hard);
    expect(p.hard).toBeGreaterThan(p.again);
  });

  it('a higher desired retention gives shorter intervals', () => {
    const strict = createScheduler({ fuzz: false, desiredRetention: 0.97 });
    const s = run(['good', 'good', 'good']);
    expect(strict.grade(s, 'good', s.due).state.scheduledDays).toBeLessThan(scheduler.grade(s, 'good', s.due).state.scheduledDays);
  });

  it('previewIntervals gives the due date each grade would give', () => {
    const s = run(['good', 'good']);
    const now = s.due + 3 * 3_600_000;
    const preview = scheduler.previewIntervals(s, now);
    for (const g of GRADES) expect(preview[g]).toBe(scheduler.grade(s, g, now).state.due);
  });

  it('outcomes gives, for each grade, exactly what grading gives, fuzz and all', () => {
    const fuzzed = createScheduler();
    const grade = fc.constantFrom(...GRADES);
    fc.assert(
      fc.property(fc.array(fc.tuple(grade, fc.integer({ min: -2 * DAY, max: 60 * DAY })), { maxLength: 8 }), (history) => {
        let s = fuzzed.newCardState(T0);
        for (const [g, wait] of history) {
          // Early, late, or before the last review (a clock set back).
          const now = s.due + wait;
          const outcomes = fuzzed.outcomes(s, now);
          for (const other of GRADES) expect(outcomes[other]).toEqual(fuzzed.grade(s, other, now));
          s = outcomes[g].state;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('state is plain data: it survives JSON unchanged and keeps whole seconds', () => {
    const s = scheduler.grade(run(['good', 'good']), 'hard', T0 + 5 * DAY + 123).state;
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.due % 1000).toBe(0);
    expect(s.lastReview! % 1000).toBe(0);
    expect(typeof s.state).toBe('string');
  });

  it('regression: a clock set back before the last review does not feed FSRS negative days', () => {
    const s = run(['good', 'good']);
    const { state, log } = scheduler.grade(s, 'good', s.lastReview! - 2 * DAY);
    expect(log.elapsedDays).toBe(0);
    expect(log.review).toBe(s.lastReview);
    expect(Number.isFinite(state.stability)).toBe(true);
  });

  it('with fuzz off the same input always gives the same output', () => {
    const s = run(['good', 'good', 'good']);
    expect(scheduler.grade(s, 'good', s.due + DAY)).toEqual(scheduler.grade(s, 'good', s.due + DAY));
  });
});

describe('retrievability', () => {
  it('is 0 for a new card and near the desired retention when a review falls due', () => {
    expect(scheduler.retrievability(scheduler.newCardState(T0), T0)).toBe(0);
    const s = run(['good', 'good', 'good', 'good']);
    const atDue = scheduler.retrievability(s, s.due);
    expect(atDue).toBeGreaterThan(0.85);
    expect(atDue).toBeLessThan(0.95);
    expect(scheduler.retrievability(s, s.due + 30 * DAY)).toBeLessThan(atDue);
  });
});

describe('elapsedDaysBetween', () => {
  it('counts calendar days as FSRS does and never goes negative', () => {
    expect(elapsedDaysBetween(T0, T0 + 3 * DAY)).toBe(3);
    expect(elapsedDaysBetween(T0 + DAY, T0)).toBe(0);
  });

  it('agrees with ts-fsrs\'s own dateDiffInDays for any two moments (it runs before ts-fsrs loads)', () => {
    // From the year 1000 on: Date.UTC, which ts-fsrs uses, reads years 0–99 as 1900–1999.
    const moment = fc.integer({ min: Date.UTC(1000, 0, 1), max: 8.64e15 });
    fc.assert(
      fc.property(moment, moment, (a, b) => elapsedDaysBetween(a, b) === Math.max(0, dateDiffInDays(new Date(a), new Date(b)))),
      { numRuns: 5000 },
    );
  });
});
