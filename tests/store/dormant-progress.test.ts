import { describe, expect, it } from 'vitest';
import { collectionOfNotes } from '../support/notes.ts';
import { createTestPersistence, createTestStore } from '../support/store.ts';

const NOW = Date.UTC(2026, 10, 24, 10, 0);
const withGil = '## Что такое GIL?\nБлокировка.\n\n## Что такое list?\nСписок.\n';
const withoutGil = '## Что такое list?\nСписок.\n';

/** A page load over localStorage with these notes. */
function open(notes: string) {
  const storage = createTestPersistence({ storage: localStorage });
  return { store: createTestStore({ collection: collectionOfNotes(notes), persistence: storage, now: NOW }), storage };
}

describe('a card that leaves the notes', () => {
  it('keeps its progress dormant through saves, and has it back when it returns', async () => {
    const first = open(withGil);
    first.store.getState().startSession(NOW, null);
    const gilId = first.store.getState().session!.current!.cardId;
    first.store.getState().reveal();
    first.store.getState().answer('easy', NOW);
    first.storage.flush();
    const graded = first.store.getState().progress.get(gilId);
    expect(graded?.sched.state).toBe('review');

    // The author deletes the card; studying the rest saves progress again.
    const second = open(withoutGil);
    expect(second.store.getState().collection.cards.map((c) => c.question)).toEqual(['Что такое list?']);
    second.store.getState().startSession(NOW, null);
    second.store.getState().reveal();
    second.store.getState().answer('good', NOW);
    second.storage.flush();

    // The card is back in the notes: its schedule and log are as they were.
    const third = open(withGil);
    expect(third.store.getState().progress.get(gilId)).toEqual(graded);
  });
});
