import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../../src/store/app-store.ts';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderApp } from '../support/render.tsx';

const COLLECTION = makeCollection([
  makeCard('orm', { deck: 'django', question: 'Что такое ORM?', answer: 'Объектно-реляционное отображение.' }),
  makeCard('sr', { deck: 'django', question: 'Что делает select_related?', answer: 'JOIN в одном запросе.' }),
  makeCard('mig', { deck: 'django', question: 'Что такое миграции?', answer: 'Версии схемы.', suspect: 'shares no key words with the question' }),
  makeCard('gil', { deck: 'django', question: 'Что такое GIL?', answer: 'Глобальная блокировка интерпретатора.' }),
]);

afterEach(() => {
  window.location.hash = '';
});

/**
 * Study the whole deck once with these grades, in the queue's order (the notes' order for new cards).
 * All within the first seconds of one minute: a failed card's 1-minute step is not due before the end.
 */
function study(store: AppStore, grades: ('again' | 'good')[]) {
  const t0 = Math.floor(Date.now() / 60_000) * 60_000;
  store.getState().startSession(t0);
  grades.forEach((g, i) => {
    store.getState().reveal();
    store.getState().answer(g, t0 + (i + 1) * 1000);
  });
  store.getState().endSession();
}

describe('weak cards screen', () => {
  it('says there is nothing weak yet', async () => {
    renderApp('#/weak', { collection: COLLECTION });
    expect(await screen.findByRole('heading', { name: 'Слабые карточки' })).toBeInTheDocument();
    expect(screen.getByText(/Слабых карточек нет/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Учить эти сейчас' })).toBeNull();
  });

  it('lists the failed cards with why, and marks the ones the audit doubts', async () => {
    const app = renderApp('#/', { collection: COLLECTION });
    study(app.store, ['good', 'again', 'again', 'good']);
    window.location.hash = '#/weak';
    await screen.findByRole('heading', { name: 'Слабые карточки' });
    const items = screen.getAllByTestId('weak-card');
    expect(items.map((li) => li.dataset.cardId)).toEqual(['sr', 'mig']);
    expect(within(items[0]!).getByRole('list', { name: 'Почему в списке' })).toHaveTextContent('«Снова» сегодня');
    expect(within(items[1]!).getByText('Ответ может не соответствовать вопросу')).toBeInTheDocument();
    expect(within(items[0]!).queryByText('Ответ может не соответствовать вопросу')).toBeNull();
    expect(screen.getByText('В списке 2 карточки')).toBeInTheDocument();
  });

  it('"study these now" runs a session of exactly the listed cards, then goes back to the list', async () => {
    const user = userEvent.setup();
    const app = renderApp('#/', { collection: COLLECTION });
    study(app.store, ['good', 'again', 'again', 'good']);
    // Both weak cards are in learning now, not due for 10 minutes: the session takes them anyway.
    window.location.hash = '#/weak';
    await user.click(await screen.findByRole('button', { name: 'Учить эти сейчас' }));
    expect(screen.getByTestId('card-question')).toHaveTextContent('Что делает select_related?');
    await user.keyboard(' 4');
    expect(screen.getByTestId('card-question')).toHaveTextContent('Что такое миграции?');
    await user.keyboard(' 4');
    expect(screen.getByRole('heading', { name: 'На сегодня всё' })).toBeInTheDocument();
    expect(app.store.getState().progress.get('sr')?.log.at(-1)?.grade).toBe('easy');
    await user.click(screen.getByRole('button', { name: /К списку слабых/ }));
    expect(screen.getByRole('heading', { name: 'Слабые карточки' })).toBeInTheDocument();
  });
});
