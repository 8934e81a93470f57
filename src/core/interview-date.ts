/**
 * The interview date: a calendar day the user types ('YYYY-MM-DD', local time), how far away it
 * is in study days, and the moment recall is predicted for. Pure; `now` is a parameter.
 */
import { dayStart } from './day.ts';
import { parseDate } from './local-date.ts';

/** The time of day the interview is assumed to be at (local): around noon. */
const INTERVIEW_HOUR = 12;

/** When on the interview date recall is predicted for (local noon), or null for a bad date. */
export function interviewMoment(date: string): number | null {
  const p = parseDate(date);
  return p ? new Date(p.y, p.m, p.d, INTERVIEW_HOUR).getTime() : null;
}

/**
 * Calendar days from today's study day to the date: 0 on the day, 1 the day before, negative once
 * it has passed. It is also the number of study days left before it, today included.
 */
export function daysUntil(date: string, now: number, hour: number): number | null {
  const p = parseDate(date);
  if (!p) return null;
  const today = new Date(dayStart(now, hour));
  // Whole days between two calendar dates, counted in UTC so a DST change is not a lost hour.
  const utcDay = (y: number, m: number, d: number): number => Date.UTC(y, m, d) / 86_400_000;
  return utcDay(p.y, p.m, p.d) - utcDay(today.getFullYear(), today.getMonth(), today.getDate());
}

/** The date `days` calendar days after today's study day, as 'YYYY-MM-DD' (for the date input's min). */
export function dateAfter(now: number, hour: number, days: number): string {
  const today = new Date(dayStart(now, hour));
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
