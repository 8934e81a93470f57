/**
 * The values kept in storage, each as a StoredKind: its key, its schema version, how its stored
 * text is read (by the decoders in core) and written. restore.ts reads every kind the same way.
 *
 *   key                   schema   decoder
 *   flashcards.progress   v2       src/core/progress.ts (older versions migrated: progress-migrations.ts)
 *   flashcards.settings   v1       src/core/settings.ts
 *   flashcards.quiz       v1       src/core/quiz-codec.ts
 *   flashcards.flags      v1       src/core/marks.ts
 *   flashcards.interview  v1       src/core/interview-codec.ts
 *
 * Reading never throws. It tells apart a value that is intact, one stored by an older version
 * (migrated), one that could be read only in part or not at all (damaged: what could be read, and
 * what was lost), and one stored by a newer version of the app (left exactly as it is).
 */
import { EMPTY_INTERVIEW_DATA, INTERVIEW_SCHEMA_VERSION, encodeInterviewData, restoreInterviewData } from '../core/interview-codec.ts';
import type { InterviewData } from '../core/interview-codec.ts';
import { MARKS_SCHEMA_VERSION, encodeMarks, restoreMarks } from '../core/marks.ts';
import { decodeProgress, encodeProgress } from '../core/progress.ts';
import { EMPTY_QUIZ_DATA, QUIZ_SCHEMA_VERSION, encodeQuizData, restoreQuizData } from '../core/quiz-codec.ts';
import type { QuizData } from '../core/quiz-codec.ts';
import { SETTINGS_FIELDS, SETTINGS_SCHEMA_VERSION, encodeSettings, restoreSettings } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';
import type { CardMark, CardProgress } from '../core/types.ts';
import type { StoredTarget } from './notices.ts';

export const PROGRESS_KEY = 'flashcards.progress';
export const SETTINGS_KEY = 'flashcards.settings';
export const QUIZ_KEY = 'flashcards.quiz';
export const FLAGS_KEY = 'flashcards.flags';
export const INTERVIEW_KEY = 'flashcards.interview';
/**
 * Where an earlier version kept a cache for painting the first card early. Nothing reads it now:
 * persistence.ts removes it, quietly, so it does not take quota forever.
 */
export const LEGACY_START_KEY = 'flashcards.start';

/** What could not be read of a damaged value. */
export interface Damage {
  /** unreadable: nothing could be read; entries: some parts (cards, fields, entries) could not. */
  cause: 'unreadable' | 'entries';
  /** Parts recovered, and lost; `lost` is null when unknown. */
  kept: number;
  lost: number | null;
  /** Cards whose schedule was kept but whose log was cut short. */
  repaired: number;
  detail: string;
}

/** What reading a stored value found; `value` is what the app goes on with in every case. */
export type Restored<T> =
  | { status: 'intact'; value: T }
  | { status: 'migrated'; value: T; from: number }
  | { status: 'damaged'; value: T; damage: Damage }
  | { status: 'newer'; value: T; detail: string };

export interface StoredKind<T> {
  readonly what: StoredTarget;
  readonly key: string;
  /** What the app starts with when nothing is stored. */
  empty(): T;
  /** Read the stored text. Never throws. */
  read(text: string): Restored<T>;
  encode(value: T): string;
}

/** Flags and stars by card id. */
export type Marks = ReadonlyMap<string, CardMark>;

/** The progress of every card, dormant ones too: a fresh Map, which the store's progress slice then owns. */
export const progressKind: StoredKind<Map<string, CardProgress>> = {
  what: 'progress',
  key: PROGRESS_KEY,
  empty: () => new Map(),
  read(text) {
    const decoded = decodeProgress(text);
    if (!decoded.ok) {
      const { error } = decoded;
      if (error.kind === 'unsupported-version') return { status: 'newer', value: new Map(), detail: error.message };
      return { status: 'damaged', value: new Map(), damage: { cause: 'unreadable', kept: 0, lost: null, repaired: 0, detail: error.message } };
    }
    const { progress, dropped, repaired, migratedFrom } = decoded.value;
    if (dropped.length > 0 || repaired.length > 0) {
      const detail = [...dropped, ...repaired].map((p) => `${p.id}: ${p.reason}`).join('; ');
      return { status: 'damaged', value: progress, damage: { cause: 'entries', kept: progress.size, lost: dropped.length, repaired: repaired.length, detail } };
    }
    return migratedFrom === null ? { status: 'intact', value: progress } : { status: 'migrated', value: progress, from: migratedFrom };
  },
  encode: encodeProgress,
};

/**
 * The JSON-parsing part every small value shares: text that is not JSON is unreadable, and a
 * version above `version` is a newer app's. `restore` reads the rest (valibot, in core).
 */
function jsonRead<T>(
  text: string,
  version: number,
  empty: T,
  restore: (json: unknown) => { value: T; problems: readonly string[]; kept: number; lost: number | null; unreadable?: boolean },
): Restored<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { status: 'damaged', value: empty, damage: { cause: 'unreadable', kept: 0, lost: null, repaired: 0, detail: e instanceof Error ? e.message : String(e) } };
  }
  const { value, problems, kept, lost, unreadable = false } = restore(json);
  const stored = typeof json === 'object' && json !== null ? (json as { v?: unknown }).v : undefined;
  if (typeof stored === 'number' && stored > version) {
    // Whatever this version can read of it (settings' fields, say) is used; it is never written over.
    return { status: 'newer', value, detail: `stored with schema version ${stored}, this app reads ${version} and earlier` };
  }
  if (problems.length === 0) return { status: 'intact', value };
  return { status: 'damaged', value, damage: { cause: unreadable ? 'unreadable' : 'entries', kept, lost, repaired: 0, detail: problems.join('; ') } };
}

/** Settings; fields never chosen (or unreadable) take their value from `defaults`. */
export function settingsKind(defaults: Readonly<Settings>): StoredKind<Settings> {
  return {
    what: 'settings',
    key: SETTINGS_KEY,
    empty: () => ({ ...defaults }),
    read: (text) =>
      jsonRead(text, SETTINGS_SCHEMA_VERSION, { ...defaults }, (json) => {
        if (typeof json !== 'object' || json === null || Array.isArray(json)) {
          return { value: { ...defaults }, problems: ['settings were unreadable; defaults are used'], kept: 0, lost: null, unreadable: true };
        }
        const { settings, invalid } = restoreSettings(json, defaults);
        return { value: settings, problems: invalid.length > 0 ? [`reset to default: ${invalid.join(', ')}`] : [], kept: SETTINGS_FIELDS.length - invalid.length, lost: invalid.length };
      }),
    encode: encodeSettings,
  };
}

/** Each deck's quiz and the quiz misses. */
export const quizKind: StoredKind<QuizData> = {
  what: 'quiz',
  key: QUIZ_KEY,
  empty: () => EMPTY_QUIZ_DATA,
  read: (text) =>
    jsonRead(text, QUIZ_SCHEMA_VERSION, EMPTY_QUIZ_DATA, (json) => {
      const { value, problems } = restoreQuizData(json);
      return { value, problems, kept: value.quizzes.size + value.misses.size, lost: null };
    }),
  encode: encodeQuizData,
};

/** Flags (with notes) and stars on cards. */
export const flagsKind: StoredKind<Marks> = {
  what: 'flags',
  key: FLAGS_KEY,
  empty: () => new Map(),
  read: (text) =>
    jsonRead<Marks>(text, MARKS_SCHEMA_VERSION, new Map(), (json) => {
      const { value, problems } = restoreMarks(json);
      return { value, problems, kept: value.size, lost: null };
    }),
  encode: encodeMarks,
};

/** The rehearsal in progress and the finished ones. */
export const interviewKind: StoredKind<InterviewData> = {
  what: 'interview',
  key: INTERVIEW_KEY,
  empty: () => EMPTY_INTERVIEW_DATA,
  read: (text) =>
    jsonRead(text, INTERVIEW_SCHEMA_VERSION, EMPTY_INTERVIEW_DATA, (json) => {
      const { value, problems } = restoreInterviewData(json);
      return { value, problems, kept: value.history.length + (value.current ? 1 : 0), lost: null };
    }),
  encode: encodeInterviewData,
};

/** The small values kept beside progress and settings, by name (Persistence.loadValue, saveValue). */
export interface SmallValues {
  quiz: QuizData;
  flags: Marks;
  interview: InterviewData;
}
export type SmallValueName = keyof SmallValues;
export const SMALL_KINDS: { readonly [N in SmallValueName]: StoredKind<SmallValues[N]> } = { quiz: quizKind, flags: flagsKind, interview: interviewKind };
