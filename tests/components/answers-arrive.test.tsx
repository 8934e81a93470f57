/**
 * The answers download after the first card is shown (src/app/boot.ts): what the learner sees if they
 * reveal before they arrive, once they do, and if they never do.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { packCollection, unpackCollection } from '../../src/core/collection-pack.ts';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderApp } from '../support/render.tsx';

const full = makeCollection(
  ['a', 'b'].map((id) => makeCard(id, { question: `Вопрос ${id}?`, answer: `Ответ ${id}: select_related.` })),
  { orm: 'Django ORM' },
);
const { index, answers } = packCollection(full);

/** The app as boot() starts it: questions only, answers still to come. */
function startWithoutAnswers() {
  return renderApp('#/study', { collection: unpackCollection(index, null), answers: 'loading' }).store;
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
