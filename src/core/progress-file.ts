/**
 * The export file: its format, and writing it. Unlike the compact stored form (progress.ts), the
 * file is meant to be read by people and other tools: named fields, ISO dates.
 *
 *   { "format": "interview-flashcards/progress", "schemaVersion": 2, "appVersion": "0.1.0",
 *     "exportedAt": "2025-03-10T09:00:00.000Z", "contentFingerprint": "214:1x3k…",
 *     "progress": { "<card id>": { "state": "review", "due": "<ISO>", "stability": 12.3, "difficulty": 5.1,
 *                                  "scheduledDays": 12, "learningSteps": 0, "reps": 6, "lapses": 1,
 *                                  "lastReview": "<ISO>" | null,
 *                                  "log": [ { "review": "<ISO>", "grade": "good", "stateBefore": "review",
 *                                             "elapsedDays": 5 } ],
 *                                  "folded": { "count": 3, "first": "<ISO>", "last": "<ISO>" } } },
 *     ...more sections }
 *
 * More top-level sections (stars, quiz results, settings) can be added by later features: a reader
 * keeps the sections it does not know in `sections` and ignores them.
 *
 * Writing is here (small: the "not saved" notice offers an export, so it loads with the app);
 * reading, which trusts nothing, is src/core/progress-file-read.ts.
 */
import { hash53 } from './card-id.ts';
import { PROGRESS_SCHEMA_VERSION } from './progress.ts';
import type { CardProgress } from './types.ts';

export const PROGRESS_FILE_FORMAT = 'interview-flashcards/progress';

/** What an export needs besides the progress. */
export interface ProgressFileInput {
  /** Every card's progress, dormant cards included. */
  progress: ReadonlyMap<string, CardProgress>;
  /** The ids of the cards in the notes, for the fingerprint. */
  cardIds: readonly string[];
  appVersion: string;
  now: number;
  /** Further sections, written as they are (see the module comment). */
  sections?: Readonly<Record<string, unknown>>;
}

/** A short fingerprint of the notes the progress belongs to: how many cards, and a hash of their ids. */
export function contentFingerprint(cardIds: readonly string[]): string {
  return `${cardIds.length}:${hash53([...cardIds].sort().join('\n')).toString(36)}`;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function exportCard(p: CardProgress): Record<string, unknown> {
  const s = p.sched;
  const card: Record<string, unknown> = {
    state: s.state,
    due: iso(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    lastReview: s.lastReview === null ? null : iso(s.lastReview),
    log: p.log.map((e) => ({ review: iso(e.review), grade: e.grade, stateBefore: e.stateBefore, elapsedDays: e.elapsedDays })),
  };
  if (p.folded) card.folded = { count: p.folded.count, first: iso(p.folded.first), last: iso(p.folded.last) };
  return card;
}

/** The export file's text. */
export function buildProgressFile(input: ProgressFileInput): string {
  // No prototype: a card id such as "__proto__" must stay an ordinary key.
  const progress = Object.create(null) as Record<string, unknown>;
  for (const [id, p] of input.progress) progress[id] = exportCard(p);
  return JSON.stringify({
    ...input.sections,
    format: PROGRESS_FILE_FORMAT,
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    appVersion: input.appVersion,
    exportedAt: iso(input.now),
    contentFingerprint: contentFingerprint(input.cardIds),
    progress,
  });
}
