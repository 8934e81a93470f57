import { describe, expect, it } from 'vitest';
import { countByState, currentStreak, dueForecast, reviewsPerDay, studyDayStarts, trueRetention } from '../../src/core/stats.ts';
import { makeCards } from '../support/cards.ts';
import { learntProgress, logEntry, makeProgress } from '../support/progress.ts';
import { HOUR } from '../support/time.ts';

// Local time, so the 4:00 rollover means the same in any time zone. A Tuesday.
const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const at = (day: number, hour: number, minute = 0): number => new Date(2025, 2, 11 + day, hour, minute).getTime();
const H = 4;

/** When the cards with no log of their own were first graded. */
const LEARNT = at(-10, 9);

describe('countByState', () => {
  it('counts the collection by state, never-graded cards as new, dormant progress not at all', () => {
    const cards = makeCards(['a', 'b', 'c', 'd', 'e']);
    const progress = new Map([
      ['a', learntProgress('review', at(3, 9), LEARNT)],
      ['b', learntProgress('learning', at(0, 9, 10), LEARNT)],
      ['c', learntProgress('relearning', at(0, 9, 10), LEARNT)],
      ['gone', learntProgress('review', at(1, 9), LEARNT)],
    ]);
    expect(countByState(cards, progress)).toEqual({ new: 2, learning: 1, review: 1, relearning: 1 });
  });
});

describe('dueForecast', () => {
  it('puts overdue and today-due cards on day 0 and each later card on its study day', () => {
    const cards = makeCards(['late', 'today', 'tonight', 'after-midnight', 'tomorrow', 'day29', 'day30', 'fresh']);
    const progress = new Map([
      ['late', learntProgress('review', at(-5, 9), LEARNT)],
      ['today', learntProgress('learning', at(0, 9, 10), LEARNT)],
      ['tonight', learntProgress('review', at(0, 23), LEARNT)],
      // 1:00 on the 12th is still the study day of the 11th: the day starts at 4:00.
      ['after-midnight', learntProgress('review', at(1, 1), LEARNT)],
      ['tomorrow', learntProgress('review', at(1, 4), LEARNT)],
      ['day29', learntProgress('review', at(29, 12), LEARNT)],
      ['day30', learntProgress('review', at(30, 12), LEARNT)],
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
      ['a', makeProgress({ state: 'review', due: at(2, 9) }, [logEntry(at(-2, 9), 'good', 'new'), logEntry(at(-1, 23)), logEntry(at(0, 2)), logEntry(at(0, 8))])],
      ['gone', makeProgress({ state: 'review', due: at(2, 9) }, [logEntry(at(-2, 10), 'again', 'new')])],
      ['old', makeProgress({ state: 'review', due: at(2, 9) }, [logEntry(at(-40, 9), 'good', 'new')])],
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
      makeProgress({ state: 'review', due: at(5, 9) }, [
        logEntry(at(-20, 9), 'good', 'new'),
        logEntry(at(-20, 9, 10), 'good', 'learning'),
        logEntry(at(-10, 9), 'again'), // a lapse 10 days ago: in the 30-day window only
        logEntry(at(-10, 9, 10), 'good', 'relearning'),
        logEntry(at(-3, 9), 'hard'),
        logEntry(at(0, 8), 'good'),
      ]),
    ],
    ['b', makeProgress({ state: 'review', due: at(5, 9) }, [logEntry(at(-6, 9), 'good', 'new'), logEntry(at(-2, 9), 'again'), logEntry(at(-2, 9, 10), 'again', 'relearning')])],
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
