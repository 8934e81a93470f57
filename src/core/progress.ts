/**
 * Per-card progress and its compact stored form (schema version 2; src/core/progress-migrations.ts
 * reads every earlier version).
 *
 * Budget: 10,000 cards with a year of daily study must fit in 2,621,440 characters of JSON, half of
 * Chromium's and Firefox's 5 Mi-character localStorage quota (≈ 260 per card, id and log included), so the
 * stored form is tuples and base-36 strings, all times in whole minutes (the scheduler keeps them so):
 *
 *   {"v":2,"cards":{"<card id>":[state, lastReview, due, stability, difficulty,
 *                                scheduledDays, learningSteps, reps, lapses, "<log>", folded?]}}
 *
 * - state: 0 new, 1 learning, 2 review, 3 relearning.
 * - lastReview: minutes since the epoch, or null if never reviewed; due: minutes after lastReview
 *   (after the epoch if null). Absolute here, so a damaged log cannot take the schedule with it.
 * - log: one entry per grade, NEWEST FIRST, each `<code><Δ>`: code is one letter A–P =
 *   'A' + 4·stateBefore + grade (0 again … 3 easy); Δ is minutes, in base 36, back from the
 *   entry before it (the first one: back from lastReview, so usually "0"). Newest first because
 *   it anchors on lastReview for free, and a log cut short by damage keeps its recent part.
 *   Elapsed days are derived from these times exactly as FSRS counts them, so storing them
 *   again would only cost space.
 * - folded (v2, only on compacted logs): [count, first, last], the reviews folded out of the log
 *   and the minutes of the first and the last of them.
 *
 * Compaction, the bound on a card's growth: src/core/card-record.ts.
 *
 * Measured by tests/core/progress.test.ts (34-character ids): 108 characters for a card answered
 * Good all year (6 reviews), 133 for one that lapses once (12), 282 for a leech that lapses every
 * fifth review; 10,000 year-old cards, one in ten a leech: 1.28 M characters of the 2.62 M budget.
 * tests/core/storage-budget.test.ts simulates a learner with the real scheduler: see the README.
 *
 * Decoding never throws and never silently loses data: a broken entry is reported (the caller
 * keeps the raw value as a backup), a log that breaks halfway keeps its readable part.
 */
import * as v from 'valibot';
import { migrateProgressValue } from './progress-migrations.ts';
import { LOG_LIMIT, compactLog } from './card-record.ts';
import { CARD, FOLDED, MIN, STATES, decodeLog, encodeLog, explainStoredCard, isStoredCard, minutes } from './progress-tuple.ts';
import type { StoredCard, StoredFolded } from './progress-tuple.ts';
import type { CardProgress, CardState, FoldedLog, ReviewLogEntry, SchedulingState } from './types.ts';

/** Bump only together with a migration from the previous version (src/core/progress-migrations.ts). */
export const PROGRESS_SCHEMA_VERSION = 2;

// ------------------------------------------------------------------------------------- encoding

// Records are immutable, so a record's tuple never changes: cache it and a save re-encodes only
// the cards graded since the last one. A record read from storage starts with the tuple it was
// read from, which also holds its log until that is first read (storedRecord below).
const tupleCache = new WeakMap<CardProgress, StoredCard>();

function encodeCard(p: CardProgress): StoredCard {
  const cached = tupleCache.get(p);
  if (cached) return cached;
  const s = p.sched;
  const last = s.lastReview === null ? null : minutes(s.lastReview);
  const tuple: StoredCard = [
    STATES.indexOf(s.state),
    last,
    minutes(s.due) - (last ?? 0),
    s.stability,
    s.difficulty,
    s.scheduledDays,
    s.learningSteps,
    s.reps,
    s.lapses,
    encodeLog(p.log, last ?? 0),
  ];
  // In CARD's order (src/core/progress-tuple.ts); the folded summary in FOLDED's.
  if (p.folded) tuple.push([p.folded.count, minutes(p.folded.first), minutes(p.folded.last)]);
  tupleCache.set(p, tuple);
  return tuple;
}

// And the tuple's JSON with its key, `"<id>":[…]`: JSON.stringify of all 10,000 tuples (their
// floats above all) took 8–15 ms a save, joining the cached entries takes 2–3 ms (cold, in Node).
// The first save after a load pays ~4 ms more, to fill the cache. Keyed by record; the id is
// checked, as nothing stops one record from being stored under two ids.
const entryCache = new WeakMap<CardProgress, { id: string; json: string }>();

function encodeEntry(id: string, p: CardProgress): string {
  const cached = entryCache.get(p);
  if (cached?.id === id) return cached.json;
  const json = `${JSON.stringify(id)}:${JSON.stringify(encodeCard(p))}`;
  entryCache.set(p, { id, json });
  return json;
}

/**
 * Whether two records have the same stored form, when both tuples are at hand (both were read
 * from storage or written to it): a comparison that decodes no log, so merging another tab's
 * 10,000 cards does not decode them all. Undefined when either tuple is not at hand. Equal stored
 * forms mean equal records, as every time in a record is a whole minute (src/core/types.ts).
 */
export function sameStoredForm(a: CardProgress, b: CardProgress): boolean | undefined {
  const x = tupleCache.get(a);
  const y = tupleCache.get(b);
  if (!x || !y) return undefined;
  // Every field before the folded summary is a primitive.
  for (let i = 0; i < CARD.folded; i += 1) if (x[i] !== y[i]) return false;
  const f = x[CARD.folded];
  const g = y[CARD.folded];
  return f && g ? f[FOLDED.count] === g[FOLDED.count] && f[FOLDED.first] === g[FOLDED.first] && f[FOLDED.last] === g[FOLDED.last] : f === g;
}

/** Whether `key` is an array index, which an object (and so JSON.stringify) lists before other keys. */
const isArrayIndex = (key: string): boolean => /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/**
 * Encode all progress, dormant cards included, as the JSON string to store: the very string
 * `JSON.stringify({ v, cards })` gives, built from each record's cached entry.
 */
export function encodeProgress(progress: ReadonlyMap<string, CardProgress>): string {
  let entries: string[] = [];
  // Ids such as "42" come first, in numeric order, as they would as an object's keys.
  const indices: string[] = [];
  for (const [id, p] of progress) {
    const c = id.charCodeAt(0);
    if (c >= 48 && c <= 57 && isArrayIndex(id)) indices.push(id);
    else entries.push(encodeEntry(id, p));
  }
  if (indices.length > 0) {
    indices.sort((a, b) => Number(a) - Number(b));
    entries = indices.map((id) => encodeEntry(id, progress.get(id) as CardProgress)).concat(entries);
  }
  return `{"v":${PROGRESS_SCHEMA_VERSION},"cards":{${entries.join(',')}}}`;
}

// ------------------------------------------------------------------------------------- decoding

/** Why a stored value could not be read at all. */
export type ProgressDecodeError =
  | { kind: 'not-json'; message: string }
  | { kind: 'bad-shape'; message: string }
  | { kind: 'unsupported-version'; version: unknown; message: string };

/** An entry that was left out or repaired, and why. */
export interface EntryProblem {
  id: string;
  reason: string;
}

/** What could be read. `dropped` and `repaired` are empty when the value was intact. */
export interface DecodedProgress {
  progress: Map<string, CardProgress>;
  /** Entries whose schedule was unreadable: left out (the raw value must be kept as a backup). */
  dropped: EntryProblem[];
  /** Entries whose log was partly unreadable: schedule kept, log cut at the first bad entry. */
  repaired: EntryProblem[];
  /** The schema version the value was stored in, if older than ours (it was migrated). */
  migratedFrom: number | null;
}

export type DecodeResult = { ok: true; value: DecodedProgress } | { ok: false; error: ProgressDecodeError };

// Not v.record: it skips keys such as "__proto__" (we must keep every id) and accepts arrays.
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
const EnvelopeSchema = v.object({ v: v.literal(PROGRESS_SCHEMA_VERSION), cards: v.custom<Record<string, unknown>>(isPlainObject, 'cards must be an object keyed by card id') });
/**
 * A log decodeLog reads in full, with no more than LOG_LIMIT entries, none of whose deltas
 * (at most 10 base-36 digits, so below 2^53) can be unsafe. Any other log is decoded at once, to
 * be repaired or compacted; this is only the fast path's filter, one regular expression test per
 * card (2.5 ms for the 10,000 logs of a year, cold in Node).
 */
const LAZY_LOG = new RegExp(`^(?:[A-P]-?[0-9a-z]{1,10}){0,${LOG_LIMIT}}$`);

/** Logs decoded on first read, by record (see STORED_LOG). */
const decodedLogs = new WeakMap<CardProgress, readonly ReviewLogEntry[]>();

/**
 * The `log` of a record read from storage, decoded from the record's stored tuple when first read.
 * Most logs are never read in a session (the queue needs only the schedule), and decoding the
 * 10,000 logs of a year was ~60 % of what loading them took.
 * An own enumerable property, so spreading, comparing or serialising a record reads the log like
 * any other field. One shared getter, set with defineProperty: a getter in an object literal is a
 * new closure per record and puts the object in dictionary mode (3× slower to create, measured).
 * The decoded log is kept aside rather than redefined as a plain property: redefining took 2 µs a
 * record, a fifth of reading every log at 10,000 cards.
 */
const STORED_LOG: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: CardProgress): readonly ReviewLogEntry[] {
    let log = decodedLogs.get(this);
    if (!log) {
      // Set with the property (storedRecord) and never removed.
      const raw = tupleCache.get(this) as StoredCard;
      log = decodeStoredLog(raw).log;
      decodedLogs.set(this, log);
    }
    return log;
  },
};

/** The schedule in a card's tuple, in epoch milliseconds. */
const dueOf = (raw: StoredCard): number => (raw[CARD.due] + (raw[CARD.lastReview] ?? 0)) * MIN;
const lastReviewOf = (raw: StoredCard): number | null => {
  const last = raw[CARD.lastReview];
  return last === null ? null : last * MIN;
};
/** A tuple's log string, read (decodeLog: anchored on lastReview, after the last folded review). */
const decodeStoredLog = (raw: StoredCard): ReturnType<typeof decodeLog> =>
  decodeLog(raw[CARD.log], raw[CARD.lastReview] ?? 0, raw[CARD.folded]?.[FOLDED.last] ?? null);

function schedOf(raw: StoredCard): SchedulingState {
  return {
    state: STATES[raw[CARD.state]] as CardState,
    due: dueOf(raw),
    stability: raw[CARD.stability],
    difficulty: raw[CARD.difficulty],
    scheduledDays: raw[CARD.scheduledDays],
    learningSteps: raw[CARD.learningSteps],
    reps: raw[CARD.reps],
    lapses: raw[CARD.lapses],
    lastReview: lastReviewOf(raw),
  };
}

const foldedOf = (f: StoredFolded): FoldedLog => ({ count: f[FOLDED.count], first: f[FOLDED.first] * MIN, last: f[FOLDED.last] * MIN });

/** A valid tuple whose log is readable and within LOG_LIMIT as a record; its log is decoded when read. */
function storedRecord(raw: StoredCard): CardProgress {
  const record = { sched: schedOf(raw) } as { sched: SchedulingState; log: readonly ReviewLogEntry[]; folded?: FoldedLog };
  Object.defineProperty(record, 'log', STORED_LOG);
  const folded = raw[CARD.folded];
  if (folded) record.folded = foldedOf(folded);
  tupleCache.set(record, raw);
  return record;
}

/**
 * A valid tuple whose log must be decoded now: to repair it (cut at the first unreadable entry,
 * `error` says where) or to compact it (a long log from v1).
 */
function recordReadNow(raw: StoredCard): { record: CardProgress; error?: string } {
  const { log, error } = decodeStoredLog(raw);
  const folded = raw[CARD.folded];
  const read: CardProgress = { sched: schedOf(raw), log, ...(folded ? { folded: foldedOf(folded) } : {}) };
  const record = compactLog(read);
  // Seed the cache only where re-encoding gives back exactly what was read.
  if (record === read && !error) tupleCache.set(record, raw);
  return error ? { record, error } : { record };
}

/**
 * Read a stored progress value, of this schema version or any earlier one. Never throws: a value
 * that cannot be read at all gives a typed error; a value with some bad entries gives what could be
 * read plus the list of problems. A log longer than LOG_LIMIT (from v1) is compacted.
 * Every log is checked here, but a readable one is decoded only when a record's `log` is first read.
 */
export function decodeProgress(text: string): DecodeResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', message: e instanceof Error ? e.message : String(e) } };
  }
  return decodeProgressValue(json);
}

/** decodeProgress of a stored value already parsed (JSON.parse of the stored text). */
export function decodeProgressValue(json: unknown): DecodeResult {
  const migrated = migrateProgressValue(json, PROGRESS_SCHEMA_VERSION);
  if (!migrated.ok) {
    const { version } = migrated;
    const message = `stored progress has schema version ${JSON.stringify(version)}, this app reads ${PROGRESS_SCHEMA_VERSION} and earlier`;
    return { ok: false, error: { kind: 'unsupported-version', version, message } };
  }
  const envelope = v.safeParse(EnvelopeSchema, migrated.value);
  if (!envelope.success) return { ok: false, error: { kind: 'bad-shape', message: v.summarize(envelope.issues) } };

  const value: DecodedProgress = { progress: new Map(), dropped: [], repaired: [], migratedFrom: migrated.from };
  const { cards } = envelope.output;
  for (const id of Object.keys(cards)) {
    const raw = cards[id];
    if (!isStoredCard(raw)) {
      value.dropped.push({ id, reason: explainStoredCard(raw) ?? 'unreadable' });
      continue;
    }
    if (LAZY_LOG.test(raw[CARD.log])) {
      value.progress.set(id, storedRecord(raw));
      continue;
    }
    const { record, error } = recordReadNow(raw);
    value.progress.set(id, record);
    if (error) value.repaired.push({ id, reason: error });
  }
  return { ok: true, value };
}

