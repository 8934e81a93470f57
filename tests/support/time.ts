/** The fixed clock most tests run on, and the units they count in. */

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** Monday 10 March 2025, 9:00 local time: local, so the 4:00 day rollover means the same in any time zone. */
export const NOW = new Date(2025, 2, 10, 9, 0).getTime();
