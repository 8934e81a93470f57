import { describe, expect, it } from 'vitest';
import { countByState, currentStreak, dueForecast, reviewsPerDay, studyDayStarts, trueRetention } from '../../src/core/stats.ts';
import type { Card, CardProgress, CardState, Grade, ReviewLogEntry } from '../../src/core/types.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
// Local time, so the 4:00 rollover means the same in any time zone. A Tuesday.
const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const at = (day: number, hour: number, minute = 0): number => new Date(2025, 2, 11 + day, hour, minute).getTime();
const H = 4;

const card = (id: string, deck = 'orm', topic?: string): Card => ({
  id,
  deck,
  ...(topic === undefined ? {} : { topic }),
  question: `Q ${id}`,
  answer: `A ${id}`,
  source: { file: `content/${deck}.md`, line: 1 },
  kind: 'section',
});

const entry = (review: number, grade: Grade = 'good', stateBefore: CardState = 'review'): ReviewLogEntry => ({ review, grade, stateBefore, elapsedDays: 0 });

function prog(state: CardState, due: number, log: ReviewLogEntry[] = [entry(at(-10, 9), 'good', 'new')]): CardProgress {
  return {
    sched: { state, due, stability: 5, difficulty: 5, scheduledDays: 5, learningSteps: 0, reps: log.length, lapses: 0, lastReview: log[log.length - 1]?.review ?? null },
    log,
  };
}

describe('countByState', () => {
  it('counts the collection by state, never-graded cards as new, dormant progress not at all', () => {
    const cards = ['a', 'b', 'c', 'd', 'e'].map((id) => card(id));
    const progress = new Map([
      ['a', prog('review', at(3, 9))],
      ['b', prog('learning', at(0, 9, 10))],
      ['c', prog('relearning', at(0, 9, 10))],
      ['gone', prog('review', at(1, 9))],
    ]);
    expect(countByState(cards, progress)).toEqual({ new: 2, learning: 1, review: 1, relearning: 1 });
  });
});

describe('dueForecast', () => {
  it('puts overdue and today-due cards on day 0 and each later card on its study day', () => {
    const cards = ['late', 'today', 'tonight', 'after-midnight', 'tomorrow', 'day29', 'day30', 'fresh'].map((id) => card(id));
    const progress = new Map([
      ['late', prog('review', at(-5, 9))],
      ['today', prog('learning', at(0, 9, 10))],
      ['tonight', prog('review', at(0, 23))],
      // 1:00 on the 12th is still the study day of the 11th: the day starts at 4:00.
      ['after-midnight', prog('review', at(1, 1))],
      ['tomorrow', prog('review', at(1, 4))],
      ['day29', prog('review', at(29, 12))],
      ['day30', prog('review', at(30, 12))],
    ]);
    const forecast = dueForecast(cards, progress, NOW, H, 30);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toBe(4);
    expect(forecast[1]).toBe(1);
    expect(forecast[29]).toBe(1);
    // day30 is outside the window, and the new card is not scheduled at all.
    expect(forecast.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('keeps day boundaries on the hour across a DST change', () => {
    const savedTz = process.env.TZ;
    process.env.TZ = 'Europe/Berlin'; // clocks went 2:00 → 3:00 on 2025-03-30, inside the 30 days
    try {
      const now = new Date(2025, 2, 11, 9, 0).getTime();
      const starts = studyDayStarts(now, H, 0, 30);
      for (const start of starts) expect(new Date(start).getHours()).toBe(H);
      // The study day from 29 to 30 March is 23 hours long, not 24.
      expect(((starts[19] as number) - (starts[18] as number)) / HOUR).toBe(23);
    } finally {
      process.env.TZ = savedTz;
    }
  });
});

describe('reviewsPerDay and the streak', () => {
  it('counts grades per study day, oldest first, today last, dormant cards included', () => {
    const progress = new Map([
      ['a', prog('review', at(2, 9), [entry(at(-2, 9), 'good', 'new'), entry(at(-1, 23)), entry(at(0, 2)), entry(at(0, 8))])],
      ['gone', prog('review', at(2, 9), [entry(at(-2, 10), 'again', 'new')])],
      ['old', prog('review', at(2, 9), [entry(at(-40, 9), 'good', 'new')])],
    ]);
    const perDay = reviewsPerDay(progress, NOW, H, 7);
    // The review at 2:00 on the 11th belongs to the 10th's study day.
    expect(perDay).toEqual([0, 0, 0, 0, 2, 2, 1]);
  });

  it('a streak ends today, or yesterday while today has no review yet', () => {
    expect(currentStreak([0, 1, 1, 1])).toBe(3);
    expect(currentStreak([1, 0, 2, 1, 0])).toBe(2);
    expect(currentStreak([1, 1, 0, 0])).toBe(0);
    expect(currentStreak([])).toBe(0);
  });
});

describe('trueRetention', () => {
  const progress = new Map([
    [
      'a',
      prog('review', at(5, 9), [
        entry(at(-20, 9), 'good', 'new'),
        entry(at(-20, 9, 10), 'good', 'learning'),
        entry(at(-10, 9), 'again'), // a lapse 10 days ago: in the 30-day window only
        entry(at(-10, 9, 10), 'good', 'relearning'),
        entry(at(-3, 9), 'hard'),
        entry(at(0, 8), 'good'),
      ]),
    ],
    ['b', prog('review', at(5, 9), [entry(at(-6, 9), 'good', 'new'), entry(at(-2, 9), 'again'), entry(at(-2, 9, 10), 'again', 'relearning')])],
  ]);

  it('over 7 days: review-state grades only, Again counts as a failure', () => {
    expect(trueRetention(progress, NOW, H, 7)).toEqual({ passed: 2, total: 3, ratio: 2 / 3 });
  });

  it('over 30 days takes in the older lapse', () => {
    expect(trueRetention(progress, NOW, H, 30)).toEqual({ passed: 2, total: 4, ratio: 0.5 });
  });

  it('is null, not 0 %, without any review', () => {
    expect(trueRetention(new Map(), NOW, H, 7)).toEqual({ passed: 0, total: 0, ratio: null });
  });
});
