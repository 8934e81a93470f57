/**
 * Locale-aware number, plural and time formatting on top of the built-in Intl API,
 * so the catalogs never hand-roll plural rules or unit abbreviations.
 * Intl objects are costly to build, so each is created once per language and option set.
 */
import type { Lang } from './lang.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Anki's month and year for interval labels.
const MONTH_DAYS = 30;
const YEAR_DAYS = 365;

type IntervalUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

function unitFormat(lang: Lang, unit: IntervalUnit): Intl.NumberFormat {
  return cached(`unit:${lang}:${unit}`, () =>
    new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
  );
}

/** Plural forms keyed by CLDR category; `other` is required as the fallback for every language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the word form for `n` by the language's CLDR plural rules:
 * ru 1 → one, 2 → few, 5 → many, 21 → one, 1.5 → other.
 */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const category = cached(`plural:${lang}`, () => new Intl.PluralRules(lang)).select(n);
  return forms[category] ?? forms.other;
}

/** A number with the language's digit grouping and decimal separator (ru "1 234,5", en "1,234.5"). */
export function formatNumber(n: number, lang: Lang): string {
  return cached(`number:${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })).format(n);
}

/** A percentage from a 0..1 ratio (ru "90 %", en "90%"). */
export function formatPercent(ratio: number, lang: Lang): string {
  return cached(`percent:${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })).format(
    ratio,
  );
}

function roundTo1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Chooses the unit an interval is best shown in, following Anki's steps:
 * minutes under an hour, hours under a day, days under a month, months under a year, then years.
 * Returns null for anything under a minute (including negative or invalid input).
 */
function intervalUnit(ms: number): { value: number; unit: Exclude<IntervalUnit, 'second'> } | null {
  if (!Number.isFinite(ms) || ms < MINUTE) return null;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return { value: hours, unit: 'hour' };
  const days = ms / DAY;
  if (Math.round(days) < MONTH_DAYS) return { value: Math.round(days), unit: 'day' };
  const months = roundTo1(days / MONTH_DAYS);
  if (months < 12) return { value: months, unit: 'month' };
  return { value: roundTo1(days / YEAR_DAYS), unit: 'year' };
}

/**
 * A short, Anki-like label for the interval a grade would give:
 * ru "<1 мин", "10 мин", "3 ч", "4 дн.", "3,5 мес.", "1,2 г."; en "<1 min", "10 min", "4 days", "1.2 yrs".
 * The unit words come from the runtime's CLDR data, so they can differ slightly between browsers.
 */
export function formatInterval(ms: number, lang: Lang): string {
  const step = intervalUnit(ms);
  if (step === null) return `<${unitFormat(lang, 'minute').format(1)}`;
  return unitFormat(lang, step.unit).format(step.value);
}

/**
 * When something is due, relative to now: ru "через 10 минут", "завтра", "через 3 месяца"; en "in 10 minutes", "tomorrow".
 * Anything under a minute (or overdue) reads as "now".
 */
export function formatRelative(ms: number, lang: Lang): string {
  const rtf = cached(`relative:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const step = intervalUnit(ms);
  if (step === null) return rtf.format(0, 'second');
  return rtf.format(step.value, step.unit);
}

/**
 * A spent duration, e.g. time in a study session: ru "45 с", "12 мин", "1 ч 5 мин"; en "45 sec", "1 hr 5 min".
 */
export function formatDuration(ms: number, lang: Lang): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : 0;
  if (totalSeconds < 60) return unitFormat(lang, 'second').format(totalSeconds);
  const totalMinutes = Math.round(totalSeconds / 60);
  if (totalMinutes < 60) return unitFormat(lang, 'minute').format(totalMinutes);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const hourText = unitFormat(lang, 'hour').format(hours);
  return minutes === 0 ? hourText : `${hourText} ${unitFormat(lang, 'minute').format(minutes)}`;
}
