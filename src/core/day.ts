/**
 * The study day. Like Anki, a day does not end at midnight but at a set hour (default 4:00), so a
 * late-night session still counts as "today". All in LOCAL time: the learner's day is local.
 */

/** Anki's default rollover hour. */
export const DEFAULT_DAY_START_HOUR = 4;

function checkHour(hour: number): void {
  if (!(Number.isInteger(hour) && hour >= 0 && hour <= 23)) {
    throw new RangeError(`Day start hour must be an integer 0–23, got ${JSON.stringify(hour)}`);
  }
}

/**
 * Start (epoch ms) of the study day containing `now`: the latest local `hour`:00 at or before `now`.
 * Built from calendar fields, not by subtracting 24 h, so days across a DST change stay right.
 * @throws RangeError if `hour` is not an integer 0–23.
 */
export function dayStart(now: number, hour: number = DEFAULT_DAY_START_HOUR): number {
  checkHour(hour);
  const d = new Date(now);
  const today = new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour).getTime();
  if (today <= now) return today;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1, hour).getTime();
}

/** Start (epoch ms) of the study day after the one containing `now`. */
export function nextDayStart(now: number, hour: number = DEFAULT_DAY_START_HOUR): number {
  const start = new Date(dayStart(now, hour));
  return new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1, hour).getTime();
}

/** The study day containing `now` as `YYYY-MM-DD` (the calendar date on which it began). */
export function dayKey(now: number, hour: number = DEFAULT_DAY_START_HOUR): string {
  const d = new Date(dayStart(now, hour));
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}
