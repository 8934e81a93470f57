// @vitest-environment node
/**
 * The first card painted before the store exists (src/main.tsx) must be the one the store's session
 * then shows, with the same counts: peekSession over the stored progress as parsed, against the
 * store over the same progress decoded in full.
 */
import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../scripts/bench/generate-notes.ts';
import { simulateHistory } from '../../scripts/bench/simulate-history.ts';
import { packCollection, unpackCollection } from '../../src/core/collection-pack.ts';
import { buildCollection } from '../../src/core/collection.ts';
import { peekSession } from '../../src/core/peek-session.ts';
import { peekProgress } from '../../src/core/progress.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { PROGRESS_KEY, createPersistence } from '../../src/store/persistence.ts';
import type { KeyValueStorage } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { gradedToday } from './graded-today.ts';

const NOW = new Date(2025, 5, 4, 10, 0).getTime();
const MIN = 60_000;
const { collection } = buildCollection([{ path: 'content/generated.md', text: generateNotes(400) }]);
const { index } = packCollection(collection);
const history = simulateHistory(
  collection.cards.map((c) => c.id),
  { now: NOW, days: 60 },
);

/** The store's first card and counts at `now`, from progress decoded in full. */
function storeSession(storage: KeyValueStorage, deckId: string | null, now: number) {
  const store = createAppStore({ collection: unpackCollection(index, null), storage: createPersistence({ storage }), now, scheduler: { fuzz: false } });
  store.getState().startSession(now, deckId);
  const session = store.getState().session!;
  return { cardId: session.current?.cardId ?? null, remaining: session.remaining };
}

describe('the first card, seen before the progress is decoded', () => {
  const moments = { now: NOW, 'ten minutes on': NOW + 10 * MIN, 'next morning': NOW + 22 * 60 * MIN, 'a month on': NOW + 30 * 24 * 60 * MIN };
  const decks = [null, ...collection.decks.map((d) => d.id)];

  it.each(Object.entries(moments))('is the store session’s first card, with its counts, at %s', (_, now) => {
    expect(decks.length).toBeGreaterThan(2);
    for (const deckId of decks) {
      const storage = new MemoryStorage({ [PROGRESS_KEY]: history.stored });
      const progress = peekProgress(JSON.parse(history.stored));
      const peeked = peekSession(index, progress!, deckId, now, { newPerDay: 20, dayStartHour: 4 });
      const expected = storeSession(storage, deckId, now);
      expect({ cardId: peeked?.cardId ?? null, remaining: peeked?.remaining ?? expected.remaining }).toEqual(expected);
      if (peeked) {
        const card = collection.cards.find((c) => c.id === peeked.cardId)!;
        expect(peeked.question).toBe(card.question);
        expect(peeked.topic).toBe(card.topic);
      }
    }
  });

  it('counts the new cards already started today against the daily limit, as the store does', () => {
    // A learner who starts new cards today: the second session gets fewer new ones.
    const { stored } = gradedToday(index, NOW, 7);
    const later = NOW + 30 * MIN;
    const peeked = peekSession(index, peekProgress(JSON.parse(stored))!, null, later, { newPerDay: 20, dayStartHour: 4 });
    const expected = storeSession(new MemoryStorage({ [PROGRESS_KEY]: stored }), null, later);
    // 20 a day, 7 started: 13 left, one fewer if the card on screen is new.
    expect(expected.remaining.new).toBeLessThanOrEqual(13);
    expect({ cardId: peeked?.cardId, remaining: peeked?.remaining }).toEqual(expected);
  });

  it('gives no card for a deck the index does not have, and reads only this version’s progress', () => {
    expect(peekSession(index, new Map(), 'no-such-deck', NOW, { newPerDay: 20, dayStartHour: 4 })).toBeNull();
    expect(peekProgress({ v: 1, cards: {} })).toBeNull();
    expect(peekProgress([])).toBeNull();
    expect(peekProgress({ v: 2, cards: [] })).toBeNull();
  });
});
