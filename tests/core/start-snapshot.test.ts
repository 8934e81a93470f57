// @vitest-environment node
/**
 * The start snapshot stands in for the progress and the index when the first card is painted
 * (src/main.tsx): read at any later moment, it must give the card and the counts the store's own
 * session gives then, and nothing when it cannot know them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../scripts/bench/generate-notes.ts';
import { simulateHistory } from '../../scripts/bench/simulate-history.ts';
import { packCollection, unpackCollection } from '../../src/core/collection-pack.ts';
import { buildCollection } from '../../src/core/collection.ts';
import { peekSession } from '../../src/core/peek-session.ts';
import type { QueueRecord } from '../../src/core/queue.ts';
import { readStartSnapshot, takeStartSnapshot } from '../../src/core/start-snapshot.ts';
import type { SnapshotSource } from '../../src/core/start-snapshot.ts';
import type { CardState } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { PROGRESS_KEY, createPersistence } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { gradedToday } from './graded-today.ts';

const NOW = new Date(2025, 5, 4, 10, 0).getTime();
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const OPTS = { newPerDay: 20, dayStartHour: 4 };
const { collection } = buildCollection([{ path: 'content/generated.md', text: generateNotes(400) }]);
const { index } = packCollection(collection);
const cards = collection.cards;
const history = simulateHistory(
  cards.map((c) => c.id),
  { now: NOW, days: 60 },
);

const source = (progress: SnapshotSource['progress'], progressChars: number): SnapshotSource => ({
  cards,
  progress,
  quizDeck: 'quiz-deck',
  indexVersion: 'index-1',
  progressChars,
  dayStartHour: OPTS.dayStartHour,
});
const current = (progressChars: number) => ({ indexVersion: 'index-1', progressChars });

/** The store's first card and counts at `now`, over the stored progress text, decoded in full. */
function storeSession(stored: string, now: number) {
  const storage = createPersistence({ storage: new MemoryStorage({ [PROGRESS_KEY]: stored }) });
  const store = createAppStore({ collection: unpackCollection(index, null), storage, now, scheduler: { fuzz: false } });
  store.getState().startSession(now, null);
  const session = store.getState().session!;
  return { cardId: session.current?.cardId ?? null, remaining: session.remaining };
}

/** The snapshot's answer in the same terms, with the question and topic checked against the card. */
function fromSnapshot(text: string, progressChars: number, now: number) {
  const first = readStartSnapshot(text, current(progressChars), now, OPTS);
  if (first) {
    const card = cards.find((c) => c.id === first.cardId)!;
    expect(first.question).toBe(card.question);
    expect(first.topic).toBe(card.topic);
    expect(first.quizDeck).toBe('quiz-deck');
  }
  return first ? { cardId: first.cardId, remaining: first.remaining } : null;
}

describe('the session’s first card, from the start snapshot', () => {
  const moments = {
    'when it was taken': NOW,
    'ten minutes on': NOW + 10 * MIN,
    'late that night': NOW + 15 * 60 * MIN,
    'next morning': NOW + 22 * 60 * MIN,
    'a month on': NOW + 30 * DAY,
  };

  it.each(Object.entries(moments))('is the store session’s, with its counts, after a year of study, read %s', (_, now) => {
    const text = takeStartSnapshot(source(history.progress, history.stored.length), NOW);
    const expected = storeSession(history.stored, now);
    expect(expected.cardId).not.toBeNull();
    expect(fromSnapshot(text, history.stored.length, now)).toEqual(expected);
  });

  it.each(Object.entries(moments))('is the store session’s after new cards were started today, read %s', (_, now) => {
    // Seven new cards graded Good this morning: they are in learning steps, due ten minutes later,
    // and count against the day's 20 new cards.
    const { stored, progress } = gradedToday(index, NOW, 7);
    const text = takeStartSnapshot(source(progress, stored.length), NOW + 7 * MIN);
    const expected = storeSession(stored, now);
    expect(fromSnapshot(text, stored.length, now)).toEqual(expected);
  });

  it('takes the first card in card order among cards due at the same minute, as the queue does', () => {
    const due = NOW - DAY;
    const progress = new Map<string, QueueRecord>(
      cards.slice(10, 20).map((c) => [c.id, { sched: { state: 'review', due, lastReview: due - 5 * DAY }, log: [] }]),
    );
    const first = readStartSnapshot(takeStartSnapshot(source(progress, 1), NOW), current(1), NOW, OPTS);
    expect(first?.cardId).toBe(cards[10]!.id);
    expect(first?.remaining).toEqual({ new: 20, learning: 0, review: 9 });
  });

  it('counts a card due the minute before the next study day as today’s, and one due as it starts as tomorrow’s', () => {
    const dayEnd = new Date(2025, 5, 5, 4, 0).getTime();
    const due = (id: number, at: number, state: CardState): [string, QueueRecord] => [cards[id]!.id, { sched: { state, due: at, lastReview: NOW - DAY }, log: [] }];
    const progress = new Map<string, QueueRecord>([
      due(0, dayEnd - MIN, 'review'),
      due(1, dayEnd, 'review'),
      due(2, dayEnd - MIN, 'learning'),
      due(3, dayEnd, 'relearning'),
    ]);
    const text = takeStartSnapshot(source(progress, 1), NOW);
    const first = readStartSnapshot(text, current(1), NOW, { newPerDay: 0, dayStartHour: 4 });
    expect(first).toMatchObject({ cardId: cards[0]!.id, remaining: { new: 0, learning: 1, review: 0 } });
    expect(first).toMatchObject(peekSession(index, progress, null, NOW, { newPerDay: 0, dayStartHour: 4 })!);
  });

  it('agrees with the queue over any progress, at any later moment (property)', () => {
    const STATES: CardState[] = ['new', 'learning', 'review', 'relearning'];
    const arbRecord = fc.record({
      state: fc.constantFrom(...STATES),
      // Due from two days back to two days on, in whole minutes; graded up to two days back.
      due: fc.integer({ min: -2 * 24 * 60, max: 2 * 24 * 60 }),
      graded: fc.integer({ min: 0, max: 2 * 24 * 60 }),
      introduced: fc.boolean(),
    });
    const shown = { learning: 0, review: 0, new: 0, none: 0 };
    fc.assert(
      fc.property(
        // One record or none per card, over the first few cards of the collection.
        fc.array(fc.option(arbRecord, { nil: undefined, freq: 4 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 * 24 * 60 }),
        fc.integer({ min: 0, max: 6 }),
        (records, later, newPerDay) => {
          const small = cards.slice(0, records.length);
          const progress = new Map<string, QueueRecord>();
          records.forEach((r, i) => {
            if (!r) return;
            const lastReview = NOW - r.graded * MIN;
            const log = [{ stateBefore: r.introduced ? ('new' as const) : ('review' as const), review: lastReview }];
            progress.set(small[i]!.id, { sched: { state: r.state, due: NOW + r.due * MIN, lastReview }, log });
          });
          const opts = { newPerDay, dayStartHour: 4 };
          const now = NOW + later * MIN;
          const text = takeStartSnapshot({ ...source(progress, 1), cards: small }, NOW);
          const first = readStartSnapshot(text, current(1), now, opts);
          const expected = peekSession(packCollection({ ...collection, cards: small }).index, progress, null, now, opts);
          expect(first && { cardId: first.cardId, remaining: first.remaining }).toEqual(expected && { cardId: expected.cardId, remaining: expected.remaining });
          const state = first ? (progress.get(first.cardId)?.sched.state ?? 'new') : 'none';
          shown[state === 'relearning' ? 'learning' : state] += 1;
        },
      ),
      { numRuns: 300 },
    );
    // The runs reached every part of the queue, and the empty session (~10 of 300 runs, the rarest).
    expect(Object.values(shown).every((n) => n > 0)).toBe(true);
  });
});

describe('a start snapshot that cannot say', () => {
  const text = takeStartSnapshot(source(history.progress, history.stored.length), NOW);

  it('is read only with the index and the progress it was taken with', () => {
    expect(readStartSnapshot(text, current(history.stored.length), NOW, OPTS)).not.toBeNull();
    expect(readStartSnapshot(text, { indexVersion: 'index-2', progressChars: history.stored.length }, NOW, OPTS)).toBeNull();
    expect(readStartSnapshot(text, current(history.stored.length + 1), NOW, OPTS)).toBeNull();
  });

  it('is not read on a study day that began before it was taken (the day start hour changed)', () => {
    // Taken at 10:00 with days starting at 4:00: it knows the new cards introduced since 4:00.
    const at = (dayStartHour: number) => readStartSnapshot(text, current(history.stored.length), NOW, { ...OPTS, dayStartHour });
    expect(at(2)).toBeNull();
    // Days starting at 11:00: at 10:00 today began yesterday.
    expect(at(11)).toBeNull();
    expect(at(6)).not.toBeNull();
  });

  it('is nothing when missing, not JSON, of another version or of another shape', () => {
    const chars = history.stored.length;
    const parsed = JSON.parse(text) as Record<string, unknown>;
    for (const bad of [null, '', '{"v":1', 'null', '[]', JSON.stringify({ ...parsed, v: 2 }), JSON.stringify({ ...parsed, review: 'x' }), JSON.stringify({ ...parsed, first: null })]) {
      expect(readStartSnapshot(bad, current(chars), NOW, OPTS)).toBeNull();
    }
  });

  it('gives no card when the session has none', () => {
    const graded = new Map<string, QueueRecord>(
      cards.map((c) => [c.id, { sched: { state: 'review', due: NOW + 10 * DAY, lastReview: NOW - DAY }, log: [] }]),
    );
    expect(readStartSnapshot(takeStartSnapshot(source(graded, 1), NOW), current(1), NOW, OPTS)).toBeNull();
  });
});
