/**
 * The first card shows before the cards' answers have arrived (they download after the first
 * screen, src/app/boot.ts): the store must cope with them arriving late, or never.
 */
import { describe, expect, it } from 'vitest';
import { packCollection, unpackCollection } from '../../src/core/collection-pack.ts';
import { selectCurrentCard } from '../../src/store/selectors.ts';
import { makeCards, makeCollection } from '../support/cards.ts';
import { createTestStore } from '../support/store.ts';
import { NOW } from '../support/time.ts';

const FULL = makeCollection(makeCards(['a', 'b']), { orm: 'ORM' });

describe('answers that arrive after the first card', () => {
  const { index, answers } = packCollection(FULL);

  it('shows the first question at once, then gives every card its answer', () => {
    const store = createTestStore({ collection: unpackCollection(index, null), answers: 'loading', storage: null });
    store.getState().startSession(NOW);
    expect(selectCurrentCard(store.getState())).toMatchObject({ question: 'Q a', answer: '' });
    expect(store.getState().answers).toBe('loading');

    store.getState().receiveAnswers(answers);
    expect(store.getState().answers).toBe('ready');
    expect(selectCurrentCard(store.getState())).toMatchObject({ question: 'Q a', answer: 'A a' });
    expect(store.getState().collection).toEqual(FULL);
  });

  it('if they cannot be loaded, says so and keeps the questions and the session', () => {
    const store = createTestStore({ collection: unpackCollection(index, null), answers: 'loading', storage: null });
    store.getState().startSession(NOW);
    store.getState().receiveAnswers(new Error('offline'));
    expect(store.getState().answers).toBe('failed');
    expect(selectCurrentCard(store.getState())?.question).toBe('Q a');
    // Answers of another build are refused the same way, not spread over the wrong cards.
    store.getState().receiveAnswers(['only one']);
    expect(store.getState().answers).toBe('failed');
  });
});
