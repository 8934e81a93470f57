import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderApp } from '../support/render.tsx';

const DECK = 'orm-questions';
const COLLECTION = makeCollection(
  [
    makeCard('q1', { deck: DECK, kind: 'numbered', question: 'Что такое ORM?', answer: 'Объектно-реляционное отображение.' }),
    makeCard('q2', { deck: DECK, kind: 'numbered', question: 'Что делает select_related?', answer: 'JOIN в одном запросе.' }),
    makeCard('q3', { deck: DECK, kind: 'numbered', question: 'Что такое миграции?', answer: 'Версии схемы базы данных.', suspect: 'the answer fits question 2 better' }),
  ],
  { [DECK]: '50 вопросов' },
);

afterEach(() => {
  window.location.hash = '';
});

async function startQuiz(options: { type?: boolean } = {}) {
  const user = userEvent.setup();
  const app = renderApp(`#/quiz/${DECK}`, { collection: COLLECTION });
  const start = await screen.findByRole('button', { name: 'Начать тест' });
  if (options.type) await user.click(screen.getByRole('checkbox', { name: 'Сначала записывать свой ответ' }));
  else expect(start).toHaveFocus();
  await user.click(start);
  return { user, app };
}

const progress = () => screen.getByTestId('progress').textContent;
const question = () => screen.getByTestId('card-question').textContent;

describe('quiz screen', () => {
  it('offers the deck in order or shuffled, and Enter on the focused button starts it', async () => {
    const user = userEvent.setup();
    renderApp(`#/quiz/${DECK}`, { collection: COLLECTION });
    expect(await screen.findByRole('heading', { name: 'Тест: 50 вопросов' })).toBeInTheDocument();
    expect(screen.getByText('3 вопроса')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'По порядку' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Вперемешку' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Начать тест' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(progress()).toBe('1 / 3');
    expect(question()).toBe('Что такое ORM?');
  });

  it('runs by keyboard: Space reveals, 1–4 grade with quiz words, progress reads n / N, results at the end', async () => {
    const { user } = await startQuiz();
    expect(screen.getByText('Вопрос 1 из 3')).toBeInTheDocument();
    expect(screen.queryByTestId('card-answer')).toBeNull();
    await user.keyboard('3');
    expect(progress()).toBe('1 / 3'); // no grade before the answer is shown

    await user.keyboard(' ');
    expect(screen.getByTestId('card-answer')).toHaveTextContent('Объектно-реляционное отображение.');
    const bar = screen.getByRole('group', { name: 'Как вы ответили?' });
    expect(within(bar).getByRole('button', { name: /^Не знал / })).toHaveAttribute('aria-keyshortcuts', '1');
    expect(within(bar).getByRole('button', { name: /^Знал / })).toHaveAttribute('aria-keyshortcuts', '3');
    await user.keyboard('3');

    expect(progress()).toBe('2 / 3');
    await user.keyboard('{Enter}1');
    expect(progress()).toBe('3 / 3');
    // The audit's doubt about the answer is shown with it.
    await user.keyboard(' ');
    expect(within(screen.getByTestId('card-answer')).getByText('Ответ может не соответствовать вопросу')).toBeInTheDocument();
    await user.keyboard('2');

    const results = screen.getByRole('heading', { name: 'Результаты теста' });
    expect(results).toHaveFocus();
    expect(screen.getByTestId('quiz-score')).toHaveTextContent(/^Знаю: 1 из 3 \(33\s?%\)$/);
    expect(screen.getByText('Сомневался: 1')).toBeInTheDocument();
    expect(screen.getByText('Не знал: 1')).toBeInTheDocument();
    expect(screen.getByText(/^Время: /)).toBeInTheDocument();
    const missed = screen.getByRole('list', { name: 'Пропущенные вопросы' });
    expect(within(missed).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Что делает select_related?']);
  });

  it('"quiz the missed again" asks only the missed question', async () => {
    const { user } = await startQuiz();
    await user.keyboard(' 1 3 3');
    await user.click(screen.getByRole('button', { name: 'Пройти пропущенные ещё раз' }));
    expect(progress()).toBe('1 / 1');
    expect(question()).toBe('Что такое ORM?');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Повтор пропущенных');
  });

  it('"review the missed now" opens a study session of them, and comes back to the results', async () => {
    const { user } = await startQuiz();
    await user.keyboard(' 3 1 3');
    await user.click(screen.getByRole('button', { name: 'Повторить пропущенные сейчас' }));
    expect(question()).toBe('Что делает select_related?');
    expect(screen.getByRole('heading', { name: 'Пропущенные вопросы' })).toBeInTheDocument();
    await user.keyboard(' 4');
    expect(screen.getByRole('heading', { name: 'На сегодня всё' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /К результатам теста/ }));
    expect(screen.getByRole('heading', { name: 'Результаты теста' })).toBeInTheDocument();
  });

  it('Z takes back the last grade and shows that question again', async () => {
    const { user, app } = await startQuiz();
    await user.keyboard(' 1');
    expect(app.store.getState().progress.has('q1')).toBe(true);
    await user.keyboard('z');
    expect(progress()).toBe('1 / 3');
    expect(screen.queryByTestId('card-answer')).toBeNull();
    expect(app.store.getState().progress.has('q1')).toBe(false);
    expect(app.store.getState().quizMisses.has('q1')).toBe(false);
  });

  it('resumes after a reload on the question where it stopped', async () => {
    const { user, app } = await startQuiz();
    await user.keyboard(' 3 1');
    app.reload();
    expect(await screen.findByTestId('progress')).toHaveTextContent('3 / 3');
    expect(question()).toBe('Что такое миграции?');
  });

  it('typed answers: digits and Space type into the field, Ctrl+Enter reveals, the answer shows beside the model one', async () => {
    const { user, app } = await startQuiz({ type: true });
    const field = screen.getByRole('textbox', { name: 'Ваш ответ' });
    expect(field).toHaveFocus();
    await user.keyboard('1 2 3 ORM');
    expect(field).toHaveValue('1 2 3 ORM');
    expect(screen.queryByTestId('card-answer')).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByTestId('card-answer')).toHaveTextContent('Объектно-реляционное отображение.');
    const typed = screen.getByRole('heading', { name: 'Ваш ответ' }).parentElement!;
    expect(typed).toHaveTextContent('1 2 3 ORM');
    await user.keyboard('3');
    expect(app.store.getState().quizzes.get(DECK)?.answers[0]).toMatchObject({ typed: '1 2 3 ORM', grade: 'good' });
    expect(screen.getByRole('textbox', { name: 'Ваш ответ' })).toHaveValue('');
  });

  it('typed answers: Esc leaves the field, then Space reveals', async () => {
    const { user } = await startQuiz({ type: true });
    await user.keyboard('JOIN');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: /^Показать ответ / })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByTestId('card-answer')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ваш ответ' }).parentElement).toHaveTextContent('JOIN');
  });

  it('keeps a half-typed answer across a reload', async () => {
    const { user, app } = await startQuiz({ type: true });
    await user.keyboard('половина');
    // Leaving the field saves at once (otherwise after a short pause).
    await user.keyboard('{Escape}');
    app.reload();
    expect(await screen.findByRole('textbox', { name: 'Ваш ответ' })).toHaveValue('половина');
  });

  it('"start over" asks first, and keeps the quiz when declined', async () => {
    const { user } = await startQuiz();
    await user.keyboard(' 3');
    await user.click(screen.getByRole('button', { name: 'Начать заново' }));
    expect(screen.getByText(/Начать тест заново\?/)).toBeInTheDocument();
    // The safe choice has the focus, and the quiz keys wait while the question is asked.
    expect(screen.getByRole('button', { name: 'Продолжить тест' })).toHaveFocus();
    await user.keyboard('z');
    expect(progress()).toBe('2 / 3');
    await user.keyboard('{Enter}');
    expect(screen.queryByText(/Начать тест заново\?/)).toBeNull();
    expect(progress()).toBe('2 / 3');
    await user.click(screen.getByRole('button', { name: 'Начать заново' }));
    await user.click(screen.getByRole('button', { name: 'Да, заново' }));
    expect(progress()).toBe('1 / 3');
  });

  it('a "new quiz" from the results goes back to the options', async () => {
    const { user } = await startQuiz();
    await user.keyboard(' 3 3 3');
    expect(screen.getByText('Пропущенных вопросов нет.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Новый тест' }));
    expect(screen.getByRole('button', { name: 'Начать тест' })).toBeInTheDocument();
  });

  it('says so for a deck that does not exist', async () => {
    renderApp('#/quiz/nope', { collection: COLLECTION });
    expect(await screen.findByRole('heading', { name: 'Колода «nope» не найдена' })).toBeInTheDocument();
  });

  it('the navigation and home open the headline quiz', () => {
    renderApp('#/', { collection: COLLECTION });
    const link = screen.getByRole('navigation').querySelector(`a[href="#/quiz/${DECK}"]`);
    expect(link).toHaveTextContent('Тест');
    // Home: the headline button, named by what it shows (WCAG 2.5.3), and the deck's own link.
    expect(screen.getByRole('link', { name: 'Тест: 3 вопроса' })).toHaveAttribute('href', `#/quiz/${DECK}`);
    expect(screen.getByRole('link', { name: 'Тест по «50 вопросов»' })).toHaveAttribute('href', `#/quiz/${DECK}`);
  });
});
