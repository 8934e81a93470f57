/**
 * Settings: new cards a day, desired retention, the day's start hour, interface language, theme,
 * interview date.
 * Values are checked here, at the boundary, whether they come from storage or from the form:
 * a bad field falls back to its default (or is ignored in an update) instead of breaking a session.
 */
import * as v from 'valibot';
import { DEFAULT_DAY_START_HOUR } from '../core/day.ts';
import { parseDate } from '../core/local-date.ts';
import { DEFAULT_SCHEDULER_PARAMS } from '../core/scheduler.ts';
import { DEFAULT_LANG, LANGS } from '../i18n/lang.ts';
import type { Lang } from '../i18n/lang.ts';
import type { AppSliceCreator } from './app-state.ts';

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

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

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

const FIELDS = Object.keys(FIELD_SCHEMAS) as (keyof Settings)[];

/**
 * Read settings from untrusted data field by field. Fields that are missing keep their default
 * silently; fields that are present but invalid also fall back and are listed in `invalid`.
 * `defaults` lets the app start in the browser's language when none was ever chosen.
 */
export function restoreSettings(raw: unknown, defaults: Readonly<Settings> = DEFAULT_SETTINGS): { settings: Settings; invalid: (keyof Settings)[] } {
  const settings: Settings = { ...defaults };
  const invalid: (keyof Settings)[] = [];
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  for (const field of FIELDS) {
    if (!(field in record)) continue;
    const parsed = v.safeParse(FIELD_SCHEMAS[field], record[field]);
    if (parsed.success) Object.assign(settings, { [field]: parsed.output });
    else invalid.push(field);
  }
  return { settings, invalid };
}

export interface SettingsSlice {
  settings: Settings;
  /** Change some settings. Invalid values are ignored; returns the fields that were rejected. */
  updateSettings: (patch: Partial<Settings>) => (keyof Settings)[];
}

/** The settings slice, starting from settings already read from storage. */
export function createSettingsSlice(initial: Settings): AppSliceCreator<SettingsSlice> {
  return (set, get) => ({
    settings: initial,
    updateSettings(patch) {
      const rejected: (keyof Settings)[] = [];
      const next: Settings = { ...get().settings };
      for (const field of FIELDS) {
        if (!(field in patch)) continue;
        const parsed = v.safeParse(FIELD_SCHEMAS[field], patch[field]);
        if (parsed.success) Object.assign(next, { [field]: parsed.output });
        else rejected.push(field);
      }
      const current = get().settings;
      if (FIELDS.some((f) => next[f] !== current[f])) set({ settings: next });
      return rejected;
    },
  });
}
