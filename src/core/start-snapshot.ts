/**
 * What a study session over all decks starts with, kept beside the stored progress so that
 * src/main.tsx can paint the first card before it has the cards' index or has parsed the progress.
 *
 * Why (`npm run bench`, 10,000 cards with a year of history, the 2-core benchmark machine): the
 * first card painted from the index and the parsed progress (src/core/peek-session.ts) came ~200 ms
 * after navigation, against ~65 ms for the static floor. Parsing 1.1 M characters of progress, reading
 * the 1.3 MB index and building the queue over 10,000 cards took ~80 ms of it, in code that had not
 * warmed up. This snapshot is a few hundred kB of plain arrays: the first card comes from a JSON
 * parse, three binary searches and one of three cards stored with their questions.
 *
 * Taken by every save of the progress (src/store/persistence.ts), from the same progress, and read
 * at `now`, which may be days later: it keeps the due times of every learning and review card
 * (sorted, so the counts at any moment are binary searches), the new cards' count and when today's
 * were introduced (for the daily limit), and the card each part of the queue would start with.
 * So it gives what buildQueue and takeNext give at `now` (src/core/queue.ts), with the same order:
 * a learning card due now, else the most overdue review, else the first new card, else a learning
 * card early. tests/core/start-snapshot.test.ts checks it against the store's own session.
 *
 * It is a cache, never the record: it names the index and the length of the progress text it was
 * taken with, and is not used with any other (a new build of the notes, a save by an older version
 * of the app). src/main.tsx still checks the store's session against the painted card before
 * keeping it. All times are whole minutes (the scheduler keeps them so), counted from `since`.
 */
import { dayStart, nextDayStart } from './day.ts';
import type { PeekedSession } from './peek-session.ts';
import type { QueueOptions, QueueProgress } from './queue.ts';
import type { Card } from './types.ts';

/** Bump when the shape changes: a snapshot of another version is simply not used. */
export const START_SNAPSHOT_VERSION = 1;
const MIN = 60_000;

/** A card the session may start with: where it is in its part of the queue, and what it shows. */
interface Candidate {
  id: string;
  question: string;
  topic?: string;
  /** Minutes after `since`; learning cards only. */
  due?: number;
}

interface Snapshot {
  v: number;
  /** The cards' index it was taken with (virtual:cards' indexVersion). */
  index: string;
  /** Length of the progress text saved with it. */
  progress: number;
  /** The study day's start (minutes since the epoch) when it was taken. */
  since: number;
  /** Minutes after `since` of the first grade of each card introduced since then, sorted. */
  introduced: number[];
  /** Due times of the learning and relearning cards, and of the review cards, sorted. */
  learning: number[];
  review: number[];
  /** New cards (never graded), in all. */
  new: number;
  first: { learning: Candidate | null; review: Candidate | null; new: Candidate | null };
  /** The deck the navigation's quiz link opens (headlineQuizDeck). */
  quizDeck: string | null;
}

/** What the snapshot is taken from. */
export interface SnapshotSource {
  /** The collection's cards, in their order. */
  cards: readonly Pick<Card, 'id' | 'question' | 'topic'>[];
  progress: QueueProgress;
  quizDeck: string | null;
  indexVersion: string;
  /** Length of the progress text saved with it. */
  progressChars: number;
  dayStartHour: number;
}

const candidate = (card: Pick<Card, 'id' | 'question' | 'topic'>, due?: number): Candidate => ({
  id: card.id,
  question: card.question,
  ...(card.topic === undefined ? {} : { topic: card.topic }),
  ...(due === undefined ? {} : { due }),
});

/** The snapshot of `source` at `now`, as the text to store. O(n log n) in the cards: a save's cost, off the key press. */
export function takeStartSnapshot(source: SnapshotSource, now: number): string {
  const since = dayStart(now, source.dayStartHour) / MIN;
  const learning: number[] = [];
  const review: number[] = [];
  const introduced: number[] = [];
  const first: Snapshot['first'] = { learning: null, review: null, new: null };
  let fresh = 0;
  let learningDue = Infinity;
  let reviewDue = Infinity;
  for (const card of source.cards) {
    const p = source.progress.get(card.id);
    if (!p || p.sched.state === 'new') {
      fresh += 1;
      first.new ??= candidate(card);
      continue;
    }
    const due = Math.floor(p.sched.due / MIN) - since;
    // Strictly earlier: of cards due at the same minute the queue takes the first in card order.
    if (p.sched.state === 'review') {
      review.push(due);
      if (due < reviewDue) [reviewDue, first.review] = [due, candidate(card)];
    } else {
      learning.push(due);
      if (due < learningDue) [learningDue, first.learning] = [due, candidate(card, due)];
    }
  }
  // As newCardsIntroducedSince, over all progress (cards no longer in the notes count too); only a
  // card graded today can have been introduced today.
  for (const p of source.progress.values()) {
    if (p.sched.lastReview === null || p.sched.lastReview < since * MIN) continue;
    const entry = p.log[0];
    if (entry && entry.stateBefore === 'new' && entry.review >= since * MIN) introduced.push(Math.floor(entry.review / MIN) - since);
  }
  introduced.sort((a, b) => a - b);
  learning.sort((a, b) => a - b);
  review.sort((a, b) => a - b);
  const snapshot: Snapshot = {
    v: START_SNAPSHOT_VERSION,
    index: source.indexVersion,
    progress: source.progressChars,
    since,
    introduced,
    learning,
    review,
    new: fresh,
    first,
    quizDeck: source.quizDeck,
  };
  return JSON.stringify(snapshot);
}

/** How many of the sorted `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return hi;
}

const isCandidate = (x: unknown): x is Candidate =>
  typeof x === 'object' && x !== null && typeof (x as Candidate).id === 'string' && typeof (x as Candidate).question === 'string';
const isCandidateOrNull = (x: unknown): x is Candidate | null => x === null || isCandidate(x);
const isNumbers = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => typeof n === 'number');

/**
 * Checked by hand, not with a schema: it is read before anything else on the page, and a wrong
 * value costs only speed (src/main.tsx checks the session it gives against the store's).
 */
function isSnapshot(x: unknown): x is Snapshot {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Snapshot;
  return (
    s.v === START_SNAPSHOT_VERSION &&
    typeof s.index === 'string' &&
    typeof s.progress === 'number' &&
    Number.isInteger(s.since) &&
    Number.isInteger(s.new) &&
    isNumbers(s.introduced) &&
    isNumbers(s.learning) &&
    isNumbers(s.review) &&
    typeof s.first === 'object' &&
    s.first !== null &&
    isCandidateOrNull(s.first.learning) &&
    isCandidateOrNull(s.first.review) &&
    isCandidateOrNull(s.first.new) &&
    (s.quizDeck === null || typeof s.quizDeck === 'string')
  );
}

function parseSnapshot(text: string | null): Snapshot | null {
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isSnapshot(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The session's first card from a snapshot, and the deck of the navigation's quiz link. */
export interface StartCard extends PeekedSession {
  quizDeck: string | null;
}

/**
 * The first card of a session over all decks at `now`, as startSession would show it, from the
 * stored snapshot `text`; null when there is no card to show, or the snapshot cannot say: another
 * version, another index or progress than the ones given, or a day that began before it was taken.
 */
export function readStartSnapshot(
  text: string | null,
  current: { indexVersion: string; progressChars: number },
  now: number,
  opts: QueueOptions,
): StartCard | null {
  const s = parseSnapshot(text);
  if (!s || s.index !== current.indexVersion || s.progress !== current.progressChars) return null;
  const today = dayStart(now, opts.dayStartHour) / MIN - s.since;
  // Cards introduced before it was taken are not in `introduced`: it cannot count an earlier day.
  if (!(today >= 0)) return null;
  const end = nextDayStart(now, opts.dayStartHour) / MIN - s.since;
  const learning = countBelow(s.learning, end);
  const review = countBelow(s.review, end);
  const introducedToday = s.introduced.length - countBelow(s.introduced, today);
  const fresh = Math.min(s.new, Math.max(0, opts.newPerDay - introducedToday));
  const { first } = s;
  const pick = (from: keyof Snapshot['first'], card: Candidate | null): StartCard | null => {
    if (!card) return null;
    const remaining = { new: fresh, learning, review };
    remaining[from] -= 1;
    return { cardId: card.id, question: card.question, ...(card.topic === undefined ? {} : { topic: card.topic }), remaining, quizDeck: s.quizDeck };
  };
  const learningNow = learning > 0 && first.learning?.due !== undefined && (first.learning.due + s.since) * MIN <= now;
  if (learningNow) return pick('learning', first.learning);
  if (review > 0) return pick('review', first.review);
  if (fresh > 0) return pick('new', first.new);
  if (learning > 0) return pick('learning', first.learning);
  return null;
}
