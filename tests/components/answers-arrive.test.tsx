/**
 * The answers download after the first card is shown (src/app/boot.ts): what the learner sees if they
 * reveal before they arrive, once they do, and if they never do.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { packCollection, unpackCollection } from '../../src/core/collection-pack.ts';
import type { Card, Collection } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { createPersistence } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { renderAppWith } from '../screens/render-app.tsx';

const card = (id: string): Card => ({
  id,
  deck: 'orm',
  question: `Вопрос ${id}?`,
  answer: `Ответ ${id}: select_related.`,
  source: { file: 'content/orm.md', line: 1 },
  kind: 'section',
});
const full: Collection = {
  decks: [{ id: 'orm', title: 'Django ORM', kind: 'section', source: { file: 'content/orm.md', line: 1 }, cardCount: 2 }],
  cards: [card('a'), card('b')],
  skipped: [],
  warnings: [],
};
const { index, answers } = packCollection(full);

/** The app as boot() starts it: questions only, answers still to come. */
function startWithoutAnswers() {
  const store = createAppStore({
    collection: unpackCollection(index, null),
    answers: 'loading',
    storage: createPersistence({ storage: new MemoryStorage() }),
    now: Date.now(),
    scheduler: { fuzz: false },
  });
  renderAppWith(store, '#/study');
  return store;
}

afterEach(() => {
  window.location.hash = '';
});

describe('answers that arrive after the first card', () => {
  it('a card revealed before they arrive says its answer is loading, then shows it', async () => {
    const user = userEvent.setup();
    const store = startWithoutAnswers();
    expect(screen.getByTestId('card-question')).toHaveTextContent('Вопрос a?');
    await user.keyboard(' ');
    expect(screen.getByTestId('card-answer')).toHaveTextContent('Ответ загружается…');

    act(() => store.getState().receiveAnswers(answers));
    expect(await screen.findByText(/Ответ a:/)).toBeInTheDocument();
    expect(screen.getByTestId('card-answer')).not.toHaveTextContent('загружается');
    // Search and the card index see the answers too.
    expect(store.getState().cardIndex.get('b')?.answer).toBe('Ответ b: select_related.');
  });

  it('if they cannot be downloaded, says so and the questions stay usable', async () => {
    const user = userEvent.setup();
    const store = startWithoutAnswers();
    act(() => store.getState().receiveAnswers(new Error('HTTP 404')));
    await user.keyboard(' ');
    expect(screen.getByTestId('card-answer')).toHaveTextContent('Не удалось загрузить ответы. Перезагрузите страницу: прогресс сохранён.');
    await user.keyboard('3');
    expect(screen.getByTestId('card-question')).toHaveTextContent('Вопрос b?');
  });

  it('answers from another build (a different count) are refused, not shown against the wrong questions', async () => {
    const user = userEvent.setup();
    const store = startWithoutAnswers();
    act(() => store.getState().receiveAnswers(['only one']));
    expect(store.getState().answers).toBe('failed');
    await user.keyboard(' ');
    expect(screen.getByTestId('card-answer')).toHaveTextContent('Не удалось загрузить ответы');
    expect(screen.queryByText('only one')).not.toBeInTheDocument();
  });
});
