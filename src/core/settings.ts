/**
 * Settings as data: their type, their defaults, the allowed ranges, and their stored form
 * (schema version 1), kept under one storage key:
 *
 *   {"v":1, "newPerDay":20, "desiredRetention":0.9, "dayStartHour":4, "language":"ru",
 *    "theme":"system", "interviewDate":null}
 *
 * Every field is checked on its own (valibot), whether it comes from storage or from the form: a bad
 * field falls back to its default (or is refused in an update) instead of breaking a session.
 * The slice that holds them in the store is src/store/settings-slice.ts; reading and writing them
 * is src/store/stored-values.ts.
 */
import * as v from 'valibot';
import { DEFAULT_DAY_START_HOUR } from './day.ts';
import { DEFAULT_LANG, LANGS } from './lang.ts';
import type { Lang } from './lang.ts';
import { parseDate } from './local-date.ts';
import { DEFAULT_SCHEDULER_PARAMS } from './scheduler.ts';

/** Bump only together with a migration from the previous version. */
export const SETTINGS_SCHEMA_VERSION = 1;


export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export interface Settings {
  /** New cards introduced per study day, all decks together. */
  newPerDay: number;
  /** Probability of recall FSRS aims for. */
  desiredRetention: number;
  /** Local hour (0–23) at which the study day rolls over. */
  dayStartHour: number;
  language: Lang;
  /** Colours: follow the system, or always light or dark. Applied as `<html data-theme>`. */
  theme: Theme;
  /** The interview day, 'YYYY-MM-DD' in local time, or null when none is set. */
  interviewDate: string | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  newPerDay: 20,
  desiredRetention: DEFAULT_SCHEDULER_PARAMS.desiredRetention,
  dayStartHour: DEFAULT_DAY_START_HOUR,
  language: DEFAULT_LANG,
  theme: 'system',
  interviewDate: null,
});

/** Allowed ranges, for the settings form as well. Retention outside 0.7–0.99 is never useful (FSRS docs). */
export const SETTINGS_LIMITS = Object.freeze({
  newPerDay: { min: 0, max: 9999 },
  desiredRetention: { min: 0.7, max: 0.99 },
  dayStartHour: { min: 0, max: 23 },
});

const L = SETTINGS_LIMITS;
const FIELD_SCHEMAS = {
  newPerDay: v.pipe(v.number(), v.integer(), v.minValue(L.newPerDay.min), v.maxValue(L.newPerDay.max)),
  desiredRetention: v.pipe(v.number(), v.minValue(L.desiredRetention.min), v.maxValue(L.desiredRetention.max)),
  dayStartHour: v.pipe(v.number(), v.integer(), v.minValue(L.dayStartHour.min), v.maxValue(L.dayStartHour.max)),
  language: v.picklist(LANGS),
  theme: v.picklist(THEMES),
  interviewDate: v.nullable(v.pipe(v.string(), v.check((text) => parseDate(text) !== null, 'a real date as YYYY-MM-DD'))),
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

/** Every field, in the stored order. */
export const SETTINGS_FIELDS = Object.keys(FIELD_SCHEMAS) as readonly (keyof Settings)[];

/**
 * `base` with the fields of `patch` that are valid; the others are left as in `base` and listed in
 * `invalid`. Fields `patch` does not have are not looked at.
 */
function withValidFields(base: Readonly<Settings>, patch: Readonly<Record<string, unknown>>): { settings: Settings; invalid: (keyof Settings)[] } {
  const settings: Settings = { ...base };
  const invalid: (keyof Settings)[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (!Object.hasOwn(patch, field)) continue;
    const parsed = v.safeParse(FIELD_SCHEMAS[field], patch[field]);
    if (parsed.success) Object.assign(settings, { [field]: parsed.output });
    else invalid.push(field);
  }
  return { settings, invalid };
}

/**
 * Read settings from untrusted data (parsed JSON) field by field. Fields that are missing keep their
 * default silently; fields that are present but invalid also fall back and are listed in `invalid`.
 * `defaults` lets the app start in the browser's language when none was ever chosen. The version
 * field is not looked at here: src/store/stored-values.ts refuses a newer one before this is called.
 */
export function restoreSettings(raw: unknown, defaults: Readonly<Settings> = DEFAULT_SETTINGS): { settings: Settings; invalid: (keyof Settings)[] } {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return withValidFields(defaults, record);
}

/** `current` with the valid fields of `patch`; `rejected` lists the invalid ones, which are left as they were. */
export function updateSettings(current: Readonly<Settings>, patch: Partial<Settings>): { settings: Settings; rejected: (keyof Settings)[] } {
  const { settings, invalid } = withValidFields(current, patch);
  return { settings, rejected: invalid };
}

/** Whether two settings are the same, field by field. */
export const sameSettings = (a: Readonly<Settings>, b: Readonly<Settings>): boolean => SETTINGS_FIELDS.every((f) => a[f] === b[f]);

/** Settings as the JSON string to store. */
export function encodeSettings(settings: Readonly<Settings>): string {
  return JSON.stringify({ v: SETTINGS_SCHEMA_VERSION, ...settings });
}
