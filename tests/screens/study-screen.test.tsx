import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../src/store/persistence.ts';
import { renderApp } from '../support/render.tsx';

const question = () => screen.getByTestId('card-question').textContent;

describe('the study screen', () => {
  it('shows the question first and reveals the answer with Space', async () => {
    const user = userEvent.setup();
    renderApp('#/study/python');
    expect(question()).toBe('Что такое GIL?');
    expect(screen.queryByTestId('card-answer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Хорошо / })).not.toBeInTheDocument();

    await user.keyboard(' ');
    expect(await screen.findByTestId('card-answer')).toHaveTextContent('Глобальная блокировка интерпретатора.');
  });

  it('shows on each grade button the interval it would give, as Anki does', async () => {
    const user = userEvent.setup();
    renderApp('#/study/python');
    await user.keyboard('{Enter}');
    // A new card: Again and Good go through the 1- and 10-minute learning steps; Easy graduates it.
    expect(screen.getByRole('button', { name: /^Снова / })).toHaveAccessibleName(/1 мин 1$/);
    expect(screen.getByRole('button', { name: /^Хорошо / })).toHaveAccessibleName(/10 мин 3$/);
    expect(screen.getByRole('button', { name: /^Легко / })).toHaveAccessibleName(/дн\. 4$/);
  });

  it('labels the grade buttons for the card on screen, not the one graded before it', async () => {
    const user = userEvent.setup();
    renderApp('#/study/python');
    const easy = () => screen.getByRole('button', { name: /^Легко / });
    await user.keyboard(' ');
    expect(easy()).toHaveAccessibleName('Легко 8 дн. 4');
    await user.keyboard('3 1');
    // The buttons are out of reach until the next answer shows.
    expect(screen.queryByRole('button', { name: /^Легко / })).not.toBeInTheDocument();
    await user.keyboard(' 1');
    // A card failed a moment ago comes back in its learning steps: Easy now gives a day, not eight.
    expect(question()).toBe('Как открыть файл?');
    await user.keyboard(' ');
    expect(easy()).toHaveAccessibleName('Легко 1 дн. 4');
  });

  it('grades by keys 1–4 and by click, and moves to the next card', async () => {
    const user = userEvent.setup();
    const { store } = renderApp('#/study/python');
    await user.keyboard(' 3');
    expect(question()).toBe('Как открыть файл?');
    // The graded card's answer is gone from sight, from screen readers and from the contract's hook.
    expect(screen.queryByTestId('card-answer')).not.toBeInTheDocument();
    expect(screen.queryByText('Глобальная блокировка интерпретатора.', { ignore: '[role="status"]' })).not.toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByTestId('card-answer')).toHaveTextContent("with open('a.txt') as f:");
    expect(screen.getByTestId('card-answer')).not.toHaveTextContent('Глобальная блокировка');
    await user.click(screen.getByRole('button', { name: /^Легко / }));
    expect(question()).toBe('Что такое list?');
    const states = store.getState().collection.cards.map((c) => store.getState().progress.get(c.id)?.sched.state ?? 'new');
    expect(states).toEqual(['learning', 'review', 'new']);
  });

  it('ignores grade keys before the answer is shown', async () => {
    const user = userEvent.setup();
    renderApp('#/study/python');
    await user.keyboard('3');
    expect(question()).toBe('Что такое GIL?');
    expect(screen.queryByTestId('card-answer')).not.toBeInTheDocument();
  });

  it('undoes the last grades with Z and Ctrl+Z, restoring the card and its log', async () => {
    const user = userEvent.setup();
    const { store } = renderApp('#/study/python');
    const [gil, file] = store.getState().collection.cards;
    await user.keyboard(' 3 4');
    expect(store.getState().progress.get(file!.id)?.log).toHaveLength(1);

    await user.keyboard('z');
    expect(question()).toBe('Как открыть файл?');
    expect(store.getState().progress.get(file!.id)).toBeUndefined();
    await user.keyboard('{Control>}z{/Control}');
    expect(question()).toBe('Что такое GIL?');
    expect(store.getState().progress.get(gil!.id)).toBeUndefined();
    expect(screen.getByRole('button', { name: /Отменить оценку/ })).toBeDisabled();
  });

  it('shows a summary when the queue is empty: reviewed, Again, time, next due', async () => {
    const user = userEvent.setup();
    renderApp('#/study/python');
    await user.keyboard(' 4 4 1');
    // The card graded Again comes back within the session: with nothing else left, it is shown early.
    expect(question()).toBe('Что такое list?');
    await user.keyboard(' 4');
    expect(screen.getByRole('heading', { level: 1, name: 'На сегодня всё' })).toBeInTheDocument();
    expect(screen.getByText('Повторено: 4 карточки')).toBeInTheDocument();
    expect(screen.getByText('«Снова»: 1')).toBeInTheDocument();
    expect(screen.getByText(/^Затрачено: /)).toBeInTheDocument();
    expect(screen.getByText(/^Следующее повторение /)).toBeInTheDocument();
  });

  it('keeps progress across a reload of the app', async () => {
    const user = userEvent.setup();
    const first = renderApp('#/study/python');
    await user.keyboard(' 4');
    await waitFor(() => expect(first.storage.getItem(PROGRESS_KEY)).not.toBeNull());
    first.reload();
    expect(question()).toBe('Как открыть файл?');
  });
});
