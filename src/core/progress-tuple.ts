/**
 * One card's stored tuple, the schema v2 format described in src/core/progress.ts: its type, the
 * check that a parsed value is one (hand-written for speed, with valibot's schema to explain a
 * refusal), and the encoding of its log string.
 */
import * as v from 'valibot';
import { elapsedDaysBetween } from './scheduler.ts';
import { GRADES } from './types.ts';
import type { CardState, Grade, ReviewLogEntry } from './types.ts';

/** A card's state by its stored number (0 new … 3 relearning). */
export const STATES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];
const CODE_A = 'A'.charCodeAt(0);

/** A folded summary as stored, in minutes. */
export type StoredFolded = [count: number, first: number, last: number];
/** A card as stored (src/core/progress.ts, module comment): state by number, times in minutes. */
export type StoredCard = [
  state: number,
  lastReview: number | null,
  due: number,
  stability: number,
  difficulty: number,
  scheduledDays: number,
  learningSteps: number,
  reps: number,
  lapses: number,
  log: string,
  folded?: StoredFolded,
];

/** Where each field sits in a card's tuple: `raw[CARD.due]`, never a bare `raw[2]`. */
export const CARD = {
  state: 0,
  lastReview: 1,
  due: 2,
  stability: 3,
  difficulty: 4,
  scheduledDays: 5,
  learningSteps: 6,
  reps: 7,
  lapses: 8,
  log: 9,
  folded: 10,
} as const satisfies Record<string, number>;
/** Where each field sits in a folded summary's tuple. */
export const FOLDED = { count: 0, first: 1, last: 2 } as const satisfies Record<string, number>;

/** Stored times count minutes. */
export const MIN = 60_000;
/** Epoch milliseconds to whole minutes, as stored. */
export const minutes = (ms: number): number => Math.floor(ms / MIN);

// ------------------------------------------------------------------------------------- checking

const Int = (min: number, max = Number.MAX_SAFE_INTEGER) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const Real = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));

const FoldedSchema = v.pipe(
  v.strictTuple([Int(1), Int(0), Int(0)]),
  v.check(([, first, last]) => first <= last, 'the first folded review is after the last one'),
);
/** The schema of a card's tuple. isStoredCard below is its fast twin; this one explains a failure. */
const CardSchema = v.strictTuple([
  Int(0, 3), // state
  v.nullable(Int(0)), // lastReview
  v.pipe(v.number(), v.integer()), // due
  Real(0, 1e6), // stability
  Real(0, 10), // difficulty
  Int(0), // scheduledDays
  Int(0), // learningSteps
  Int(0), // reps
  Int(0), // lapses
  v.string(), // log
  v.optional(FoldedSchema), // folded
]);

const isInt = (x: unknown, min: number, max = Number.MAX_SAFE_INTEGER): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
const isReal = (x: unknown, min: number, max: number): x is number => typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;
const isFolded = (x: unknown): x is StoredFolded =>
  Array.isArray(x) &&
  x.length === 3 &&
  isInt(x[FOLDED.count], 1) &&
  isInt(x[FOLDED.first], 0) &&
  isInt(x[FOLDED.last], 0) &&
  x[FOLDED.first] <= x[FOLDED.last];

/**
 * Whether `raw` passes CardSchema, by hand. Measured budget (STYLE.md, habit 10): start-up at 10,000
 * cards has ~250 ms in all, and valibot's safeParse of their 10,000 tuples took a median 28 ms
 * cold in Node, this 5 ms. tests/core/progress-tuple.test.ts checks that the two agree.
 */
export function isStoredCard(raw: unknown): raw is StoredCard {
  if (!Array.isArray(raw) || raw.length < CARD.folded || raw.length > CARD.folded + 1) return false;
  const last: unknown = raw[CARD.lastReview];
  const due: unknown = raw[CARD.due];
  const folded: unknown = raw[CARD.folded];
  return (
    isInt(raw[CARD.state], 0, 3) &&
    (last === null || isInt(last, 0)) &&
    typeof due === 'number' &&
    Number.isInteger(due) &&
    isReal(raw[CARD.stability], 0, 1e6) &&
    isReal(raw[CARD.difficulty], 0, 10) &&
    isInt(raw[CARD.scheduledDays], 0) &&
    isInt(raw[CARD.learningSteps], 0) &&
    isInt(raw[CARD.reps], 0) &&
    isInt(raw[CARD.lapses], 0) &&
    typeof raw[CARD.log] === 'string' &&
    (folded === undefined || isFolded(folded))
  );
}

/** Why `raw` is not a card's tuple (valibot's words), or null if it is one. */
export function explainStoredCard(raw: unknown): string | null {
  const parsed = v.safeParse(CardSchema, raw);
  return parsed.success ? null : v.summarize(parsed.issues);
}

// ------------------------------------------------------------------------------------- the log

/** A log (oldest first) as its stored string, newest first, each entry's minutes back from the one after it. */
export function encodeLog(log: readonly ReviewLogEntry[], anchor: number): string {
  let out = '';
  let prev = anchor;
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const e = log[i] as ReviewLogEntry;
    const code = CODE_A + 4 * STATES.indexOf(e.stateBefore) + GRADES.indexOf(e.grade);
    const t = minutes(e.review);
    out += String.fromCharCode(code) + (prev - t).toString(36);
    prev = t;
  }
  return out;
}

/** The value of a base-36 digit (0–9, a–z), or -1. */
function digit36(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  return c >= 97 && c <= 122 ? c - 87 : -1;
}

/**
 * Read a log string (newest first) back into oldest-first entries; stops at the first entry it
 * cannot read: not `[A-P]-?[0-9a-z]+`, or a delta beyond 2^53. `before` is the minute of the review
 * before the oldest entry, if it was folded away.
 * One pass over the characters into two arrays of numbers, then the entries: no regular expression
 * match or substring per entry, as a screen that reads every log decodes 10,000 of them at once.
 */
export function decodeLog(text: string, anchor: number, before: number | null): { log: ReviewLogEntry[]; error?: string } {
  const times: number[] = []; // newest first, in minutes
  const codes: number[] = [];
  let t = anchor;
  let error: string | undefined;
  for (let i = 0; i < text.length; ) {
    const at = i;
    const code = text.charCodeAt(i) - CODE_A;
    i += 1;
    const negative = text.charCodeAt(i) === 45; // '-'
    if (negative) i += 1;
    const from = i;
    let delta = 0;
    // Exact while below 2^53; beyond it, rounding keeps it beyond, so the check below still holds.
    for (let d = digit36(text.charCodeAt(i)); d >= 0; d = digit36(text.charCodeAt(i))) {
      delta = delta * 36 + d;
      i += 1;
    }
    if (code < 0 || code > 15 || i === from || !Number.isSafeInteger(delta)) {
      error = `unreadable log entry at character ${at}: ${JSON.stringify(text.slice(at, at + 12))}`;
      break;
    }
    t -= negative ? -delta : delta;
    times.push(t);
    codes.push(code);
  }
  const log: ReviewLogEntry[] = [];
  let prev = before === null ? null : before * MIN;
  for (let k = times.length - 1; k >= 0; k -= 1) {
    const at = (times[k] as number) * MIN;
    const code = codes[k] as number;
    const stateBefore = STATES[code >> 2] as CardState;
    // The oldest entry of a log never compacted has no predecessor: 0, as FSRS has for a card's first grade.
    const elapsedDays = prev === null || stateBefore === 'new' ? 0 : elapsedDaysBetween(prev, at);
    log.push({ review: at, grade: GRADES[code & 3] as Grade, stateBefore, elapsedDays });
    prev = at;
  }
  return error ? { log, error } : { log };
}
