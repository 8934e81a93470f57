/**
 * Dates for the stats screen through Intl.DateTimeFormat, one formatter per language and style
 * (they are costly to build): ru "пт, 4 июл.", en "Fri, Jul 4".
 */
import type { Lang } from './lang.ts';

type DateStyle = 'day' | 'month' | 'monthYear' | 'long';

const OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  month: { month: 'short' },
  monthYear: { month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date (epoch ms, local) in one of the styles above. */
export function formatDate(ms: number, lang: Lang, style: DateStyle): string {
  const key = `${lang}:${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, OPTIONS[style])));
  return format.format(ms);
}

const relative = new Map<Lang, Intl.RelativeTimeFormat>();

/** A whole number of days from today, in words: ru "сегодня", "завтра", "через 12 дней"; en "in 12 days". */
export function formatDaysFromToday(days: number, lang: Lang): string {
  let format = relative.get(lang);
  if (!format) relative.set(lang, (format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })));
  return format.format(days, 'day');
}
