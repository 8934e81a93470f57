/**
 * Reading a file chosen for import (the format: src/core/progress-file.ts). Import trusts nothing:
 * the format name, a version no newer than ours, every id, range and date are checked, and the first
 * problem is reported with where it is. A stored value (a backup downloaded from the app) is
 * accepted too, read by the storage codec with its migrations. Dates are restored to epoch ms.
 */
import * as v from 'valibot';
import { PROGRESS_FILE_FORMAT } from './progress-file.ts';
import { PROGRESS_SCHEMA_VERSION, decodeProgress } from './progress.ts';
import { compactLog } from './card-record.ts';
import type { EntryProblem } from './progress.ts';
import { GRADES } from './types.ts';
import type { CardProgress, CardState, FoldedLog, ReviewLogEntry } from './types.ts';

/** The first schema version that had an export file. */
const FIRST_FILE_VERSION = 2;
/** 10,000 cards with a year of reviews make a file of about 10 MB; anything far bigger is not ours. */
export const MAX_IMPORT_CHARS = 40 * 1024 * 1024;

/** Ids as the notes make them (README, "Card ids"). */
export const CARD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const STATES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];
const MIN = 60_000;
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** Why a file was rejected. `path` says where, e.g. `progress["c0abc"].log[2].review`. */
export type ImportProblem =
  | { kind: 'too-large'; chars: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'unknown-format'; detail: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; path: string; detail: string };

/** A file that passed every check. */
export interface ParsedProgressFile {
  /** An export file, or a stored value (a backup). */
  kind: 'export' | 'stored';
  schemaVersion: number;
  /** Export files only. */
  appVersion: string | null;
  exportedAt: number | null;
  contentFingerprint: string | null;
  progress: Map<string, CardProgress>;
  /** Stored values only: entries that could not be read in full (left out, or log cut short). */
  skipped: EntryProblem[];
  /** Top-level sections this version does not read, as found. */
  sections: Record<string, unknown>;
}

export type ParseResult = { ok: true; value: ParsedProgressFile } | { ok: false; error: ImportProblem };

const Int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const Real = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
/** An ISO date within 2000–2200, restored as epoch ms, to the minute (the scheduler's resolution). */
const Time = v.pipe(
  v.string(),
  v.maxLength(40),
  v.isoTimestamp('expected an ISO date such as 2025-03-10T09:00:00.000Z'),
  v.transform((s) => Date.parse(s)),
  v.check((ms) => Number.isFinite(ms) && ms >= EARLIEST && ms <= LATEST, 'date out of range (2000–2200)'),
  v.transform((ms) => Math.floor(ms / MIN) * MIN),
);

const LogEntrySchema = v.strictObject({
  review: Time,
  grade: v.picklist(GRADES),
  stateBefore: v.picklist(STATES),
  elapsedDays: Int(0, 100_000),
});

const FoldedSchema = v.pipe(
  v.strictObject({ count: Int(1, Number.MAX_SAFE_INTEGER), first: Time, last: Time }),
  v.check((f) => f.first <= f.last, 'folded.first is after folded.last'),
);

const CardSchema = v.pipe(
  v.strictObject({
    state: v.picklist(STATES),
    due: Time,
    stability: Real(0, 1e6),
    difficulty: Real(0, 10),
    scheduledDays: Int(0, 100_000),
    learningSteps: Int(0, 1000),
    reps: Int(0, Number.MAX_SAFE_INTEGER),
    lapses: Int(0, Number.MAX_SAFE_INTEGER),
    lastReview: v.nullable(Time),
    log: v.array(LogEntrySchema),
    folded: v.optional(FoldedSchema),
  }),
  v.check((c) => c.lapses <= c.reps, 'more lapses than reviews'),
  v.check((c) => c.log.every((e, i) => i === 0 || (c.log[i - 1] as { review: number }).review <= e.review), 'log is not in time order'),
  v.check((c) => c.lastReview !== null || (c.log.length === 0 && !c.folded), 'reviews logged but lastReview is null'),
  v.check((c) => c.lastReview === null || c.log.every((e) => e.review <= (c.lastReview as number)), 'a review is later than lastReview'),
  v.check((c) => !c.folded || c.log.length === 0 || c.folded.last <= (c.log[0] as { review: number }).review, 'folded reviews are later than the log'),
);

const HeaderSchema = v.object({
  appVersion: v.pipe(v.string(), v.maxLength(64)),
  exportedAt: Time,
  contentFingerprint: v.pipe(v.string(), v.maxLength(64)),
});

const HEADER_KEYS = new Set(['format', 'schemaVersion', 'appVersion', 'exportedAt', 'contentFingerprint', 'progress']);

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

/** `progress["id"].log[2].review` from valibot's issue path. */
function pathOf(prefix: string, issue: v.BaseIssue<unknown>): string {
  let out = prefix;
  for (const item of issue.path ?? []) out += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  return out;
}

function invalid(path: string, detail: string): ParseResult {
  return { ok: false, error: { kind: 'invalid', path, detail } };
}

function toRecord(c: v.InferOutput<typeof CardSchema>): CardProgress {
  const log: ReviewLogEntry[] = c.log.map((e) => ({ review: e.review, grade: e.grade, stateBefore: e.stateBefore, elapsedDays: e.elapsedDays }));
  const record: CardProgress = {
    sched: {
      state: c.state,
      due: c.due,
      stability: c.stability,
      difficulty: c.difficulty,
      scheduledDays: c.scheduledDays,
      learningSteps: c.learningSteps,
      reps: c.reps,
      lapses: c.lapses,
      lastReview: c.lastReview,
    },
    log,
    ...(c.folded ? { folded: { count: c.folded.count, first: c.folded.first, last: c.folded.last } satisfies FoldedLog } : {}),
  };
  return compactLog(record);
}

function parseExport(json: Record<string, unknown>): ParseResult {
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_FILE_VERSION) {
    return { ok: false, error: { kind: 'unknown-format', detail: `unknown schemaVersion ${JSON.stringify(version)}` } };
  }
  if (version > PROGRESS_SCHEMA_VERSION) return { ok: false, error: { kind: 'newer-version', version } };
  const header = v.safeParse(HeaderSchema, json);
  if (!header.success) return invalid(pathOf('', header.issues[0]).replace(/^\./, ''), header.issues[0].message);
  if (!isPlainObject(json.progress)) return invalid('progress', 'expected an object keyed by card id');

  const progress = new Map<string, CardProgress>();
  for (const [id, raw] of Object.entries(json.progress)) {
    const where = `progress[${JSON.stringify(id.slice(0, 80))}]`;
    if (!CARD_ID_PATTERN.test(id)) return invalid(where, 'not a card id (letters, digits, _ and -, up to 64)');
    const card = v.safeParse(CardSchema, raw);
    if (!card.success) return invalid(pathOf(where, card.issues[0]), card.issues[0].message);
    progress.set(id, toRecord(card.output));
  }
  const sections: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(json)) if (!HEADER_KEYS.has(k)) sections[k] = value;
  return {
    ok: true,
    value: {
      kind: 'export',
      schemaVersion: version,
      appVersion: header.output.appVersion,
      exportedAt: header.output.exportedAt,
      contentFingerprint: header.output.contentFingerprint,
      progress,
      skipped: [],
      sections,
    },
  };
}

function parseStored(text: string): ParseResult {
  const decoded = decodeProgress(text);
  if (!decoded.ok) {
    const { error } = decoded;
    if (error.kind === 'unsupported-version' && typeof error.version === 'number' && error.version > PROGRESS_SCHEMA_VERSION) {
      return { ok: false, error: { kind: 'newer-version', version: error.version } };
    }
    return invalid('cards', error.message);
  }
  const { progress, dropped, repaired, migratedFrom } = decoded.value;
  const skipped = [...dropped, ...repaired];
  for (const id of [...progress.keys()]) {
    if (CARD_ID_PATTERN.test(id)) continue;
    progress.delete(id);
    skipped.push({ id: id.slice(0, 80), reason: 'not a card id' });
  }
  return {
    ok: true,
    value: {
      kind: 'stored',
      schemaVersion: migratedFrom ?? PROGRESS_SCHEMA_VERSION,
      appVersion: null,
      exportedAt: null,
      contentFingerprint: null,
      progress,
      skipped,
      sections: {},
    },
  };
}

/**
 * Read a file chosen for import: an export file, or a stored value (a backup). Never throws;
 * rejects the whole export file at its first problem, so nothing half-checked is ever applied.
 */
export function parseProgressFile(text: string): ParseResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: { kind: 'too-large', chars: text.length } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!isPlainObject(json)) return { ok: false, error: { kind: 'unknown-format', detail: 'not a JSON object' } };
  if ('format' in json) {
    if (json.format !== PROGRESS_FILE_FORMAT) {
      return { ok: false, error: { kind: 'unknown-format', detail: `format ${JSON.stringify(json.format).slice(0, 80)}` } };
    }
    return parseExport(json);
  }
  if ('v' in json && 'cards' in json) return parseStored(text);
  return { ok: false, error: { kind: 'unknown-format', detail: 'no "format" field' } };
}
