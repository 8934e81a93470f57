/**
 * Derived values for the stats screen and the interview countdown on home. Each walks the whole
 * collection, so each is memoised on the progress version, the collection, the settings it reads
 * and the study day: computed once per change, never per render or per key press.
 */
import { dayKey } from '../core/day.ts';
import { daysUntil, interviewMoment } from '../core/interview-date.ts';
import { readiness, studyPlan } from '../core/readiness.ts';
import type { Readiness, StudyPlan } from '../core/readiness.ts';
import { createScheduler } from '../core/scheduler.ts';
import type { Scheduler } from '../core/scheduler.ts';
import { countByState, currentStreak, dueForecast, reviewsPerDay, trueRetention } from '../core/stats.ts';
import type { Retention, StateCounts } from '../core/stats.ts';
import type { CardProgress } from '../core/types.ts';
import type { AppState } from './app-state.ts';

/** Days in the due forecast. */
export const FORECAST_DAYS = 30;
/** Weeks in the heatmap: six months. */
export const HEATMAP_WEEKS = 26;
/** Days of history the streak is counted over (a longer streak shows as this many). */
export const STREAK_WINDOW_DAYS = 366;

export interface InterviewReadiness {
  readiness: Readiness;
  /** Null when no interview date is set. */
  interview: {
    date: string;
    /** Study days left, today included: 0 on the day, negative once past. */
    daysLeft: number;
    /** Null on or after the day. */
    plan: StudyPlan | null;
  } | null;
}

export interface Stats {
  states: StateCounts;
  /** Cards due on each of the next FORECAST_DAYS study days; [0] is today with the overdue ones. */
  forecast: number[];
  /** Grades given per study day over STREAK_WINDOW_DAYS, oldest first, today last. */
  reviewsPerDay: number[];
  streak: number;
  retention7: Retention;
  retention30: Retention;
}

// Recall depends on stability and time only, not on the desired retention: one scheduler serves all.
let curve: Scheduler | null = null;
const forgettingCurve = (): Scheduler => (curve ??= createScheduler({ fuzz: false }));

interface Memo<T> {
  key: string;
  version: number;
  cards: unknown;
  value: T;
}

/** One memo per selector and progress map (tests make many stores; a WeakMap lets them go). */
function memoised<T>(compute: (s: AppState, now: number) => T, keyOf: (s: AppState, now: number) => string) {
  const memos = new WeakMap<ReadonlyMap<string, CardProgress>, Memo<T>>();
  return (s: AppState, now: number): T => {
    const key = keyOf(s, now);
    const memo = memos.get(s.progress);
    if (memo && memo.key === key && memo.version === s.progressVersion && memo.cards === s.collection.cards) return memo.value;
    const value = compute(s, now);
    memos.set(s.progress, { key, version: s.progressVersion, cards: s.collection.cards, value });
    return value;
  };
}

/**
 * Readiness per deck and topic, and with an interview date the days left and the plan for the
 * weakest topic. The same object until progress, the date, the day's start hour or the study day change.
 */
export const selectInterviewReadiness = memoised<InterviewReadiness>(
  (s, now) => {
    const { interviewDate: date, dayStartHour: hour } = s.settings;
    const { cards } = s.collection;
    const at = date === null ? null : interviewMoment(date);
    const daysLeft = date === null ? null : daysUntil(date, now, hour);
    const value = readiness(cards, s.progress, forgettingCurve(), now, at !== null && daysLeft !== null && daysLeft >= 0 ? at : null);
    if (date === null || daysLeft === null) return { readiness: value, interview: null };
    return { readiness: value, interview: { date, daysLeft, plan: studyPlan(cards, s.progress, value.byTopic, now, date, hour) } };
  },
  (s, now) => `${s.settings.interviewDate}|${s.settings.dayStartHour}|${dayKey(now, s.settings.dayStartHour)}`,
);

/** Everything else on the stats screen; same memo rules as selectInterviewReadiness. */
export const selectStats = memoised<Stats>(
  (s, now) => {
    const hour = s.settings.dayStartHour;
    const perDay = reviewsPerDay(s.progress, now, hour, STREAK_WINDOW_DAYS);
    return {
      states: countByState(s.collection.cards, s.progress),
      forecast: dueForecast(s.collection.cards, s.progress, now, hour, FORECAST_DAYS),
      reviewsPerDay: perDay,
      streak: currentStreak(perDay),
      retention7: trueRetention(s.progress, now, hour, 7),
      retention30: trueRetention(s.progress, now, hour, 30),
    };
  },
  (s, now) => `${s.settings.dayStartHour}|${dayKey(now, s.settings.dayStartHour)}`,
);
