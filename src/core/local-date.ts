/**
 * A calendar date typed by the user, 'YYYY-MM-DD' in local time. Its own module because the
 * settings validate it on the first screen, while the rest of the interview-date code loads lazily.
 */

/** The date as calendar fields (month 0-based); null if it is not a real date. */
export function parseDate(text: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(y, m, d);
  // new Date(2025, 1, 30) is 2 March: a date that rolls over was not a real date.
  return date.getFullYear() === y && date.getMonth() === m && date.getDate() === d ? { y, m, d } : null;
}
