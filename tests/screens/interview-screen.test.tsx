/** The interview rehearsal screen (`#/interview`), driven as a learner drives it: labels, roles, the keyboard. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderApp } from '../support/render.tsx';
import { messagesFor } from '../../src/i18n/catalog-part.ts';
import { interviewStrings } from '../../src/i18n/interview-catalog.ts';

const DECK = 'junior';
const ANSWERS: Record<string, string> = {
  'Что такое ORM?': 'ORM (Object-Relational Mapping) отображает таблицы базы на классы, а строки на объекты.',
  'Что такое миграции?': 'Миграции — версионированные файлы изменений схемы: `makemigrations` создаёт их, `migrate` применяет.',
  'Что такое сигналы?': 'Сигналы уведомляют получателей о событиях: `post_save` после сохранения модели, `pre_delete` перед удалением.',
  'Что такое CSRF?': 'Подделка межсайтового запроса: чужой сайт шлёт запрос от имени пользователя; защищает токен `csrf_token`.',
  'Что такое middleware?': 'Прослойки, через которые проходит каждый запрос и ответ: `SessionMiddleware`, `CsrfViewMiddleware`.',
};
const COLLECTION = makeCollection(
  [
    ...Object.entries(ANSWERS).map(([question, answer], i) => makeCard(`q${i + 1}`, { deck: DECK, number: i + 1, question, answer })),
    makeCard('s1', { deck: 'notes', question: 'Что такое GIL?', answer: 'Глобальная блокировка интерпретатора.' }),
  ],
  { [DECK]: '50 вопросов', notes: 'Заметки' },
);

afterEach(() => {
  vi.useRealTimers();
  window.location.hash = '';
});

/** The answer as a learner who knows it would type it: the notes' words, without the markdown. */
const knownAnswer = (): string => ANSWERS[screen.getByTestId('card-question').textContent ?? '']!.replace(/`/g, '');

async function startRehearsal(count = '4', user = userEvent.setup()) {
  const app = renderApp('#/interview', { collection: COLLECTION });
  await screen.findByRole('heading', { name: 'Репетиция собеседования' });
  await user.selectOptions(screen.getByLabelText('Сколько вопросов'), count);
  await user.click(screen.getByTestId('interview-start'));
  return { user, app };
}

describe('interview rehearsal screen', () => {
  it('offers the numbered questions by default, ten of them, two minutes each', async () => {
    renderApp('#/interview', { collection: COLLECTION });
    await screen.findByRole('heading', { name: 'Репетиция собеседования' });
    expect(screen.getByRole('checkbox', { name: '50 вопросов (5)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Заметки (1)' })).not.toBeChecked();
    expect(screen.getByLabelText('Сколько вопросов')).toHaveValue('10');
    expect(screen.getByLabelText('Время на вопрос')).toHaveValue('120');
    expect(screen.getByTestId('interview-start')).toHaveFocus();
  });

  it('cannot start without a deck, and says why', async () => {
    const user = userEvent.setup();
    renderApp('#/interview', { collection: COLLECTION });
    await user.click(await screen.findByRole('checkbox', { name: '50 вопросов (5)' }));
    expect(screen.getByTestId('interview-start')).toBeDisabled();
    expect(screen.getAllByRole('status').find((s) => s.textContent !== '')).toHaveTextContent('Выберите хотя бы одну колоду.');
  });

  it('asks with a countdown and a field; Ctrl+Enter shows the answer, the key points ticked and the coverage', async () => {
    const { user } = await startRehearsal();
    expect(screen.getByText('Вопрос 1 из 4')).toBeInTheDocument();
    expect(screen.getByTestId('timer')).toHaveTextContent(/^[12]:\d\d$/);
    const field = screen.getByRole('textbox', { name: 'Ваш ответ' });
    expect(field).toHaveFocus();
    await user.type(field, knownAnswer());
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(screen.getByTestId('card-answer')).toBeInTheDocument();
    expect(screen.getByTestId('coverage')).toHaveTextContent(/^100\s?%$/);
    const points = within(screen.getByRole('region', { name: 'Ключевые моменты' })).getAllByRole('listitem');
    expect(points.length).toBeGreaterThan(2);
    for (const point of points) expect(point).toHaveTextContent(/— названо$/);
    expect(screen.getByText(/Предлагаемая оценка: (Хорошо \(3\)|Легко \(4\))/)).toBeInTheDocument();
    // A wrong answer found while rehearsing can be flagged for the author, as under any card.
    expect(screen.getByRole('button', { name: 'Ошибка в карточке' })).toBeInTheDocument();
  });

  it('scores "не знаю" at nothing and suggests Again; 1–4 grade and go on to the next question', async () => {
    const { user } = await startRehearsal();
    await user.type(screen.getByRole('textbox', { name: 'Ваш ответ' }), 'не знаю');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByTestId('coverage')).toHaveTextContent(/^0\s?%$/);
    expect(screen.getByText(/Предлагаемая оценка: Снова \(1\)/)).toBeInTheDocument();
    const bar = screen.getByRole('group', { name: 'Оценка ответа' });
    expect(within(bar).getByRole('button', { name: /^Снова/ })).toHaveClass('grade-button--suggested');
    await user.keyboard('1');
    expect(screen.getByText('Вопрос 2 из 4')).toBeInTheDocument();
    expect(screen.queryByTestId('card-answer')).toBeNull();
  });

  it('Space or Enter, once the answer is shown, takes the suggested grade', async () => {
    const { user, app } = await startRehearsal();
    const first = screen.getByTestId('card-question').textContent;
    await user.type(screen.getByRole('textbox', { name: 'Ваш ответ' }), 'не знаю');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.keyboard('{Enter}');
    expect(screen.getByText('Вопрос 2 из 4')).toBeInTheDocument();
    const graded = [...app.store.getState().cardIndex.values()].find((c) => c.question === first)!;
    expect(app.store.getState().interview?.answers[0]).toMatchObject({ cardId: graded.id, suggested: 'again', grade: 'again' });
  });

  it('Z (outside the field) takes the last grade back: the question again, answer shown, and a new grade', async () => {
    const { user } = await startRehearsal();
    const first = screen.getByTestId('card-question').textContent;
    await user.type(screen.getByRole('textbox', { name: 'Ваш ответ' }), 'не знаю');
    await user.keyboard('{Control>}{Enter}{/Control}1');
    expect(screen.getByText('Вопрос 2 из 4')).toBeInTheDocument();
    // The next question's field has the focus, and takes a "z" as a letter: Esc leaves it first.
    await user.keyboard('z');
    expect(screen.getByRole('textbox', { name: 'Ваш ответ' })).toHaveValue('z');
    await user.keyboard('{Escape}z');
    expect(screen.getByText('Вопрос 1 из 4')).toBeInTheDocument();
    expect(screen.getByTestId('card-question')).toHaveTextContent(first!);
    expect(screen.getByTestId('coverage')).toHaveTextContent(/^0\s?%$/);
    expect(screen.getByRole('button', { name: /^Отменить/ })).toBeDisabled();
    await user.keyboard('3');
    expect(screen.getByText('Вопрос 2 из 4')).toBeInTheDocument();
  });

  it('Esc leaves the field for the reveal button, where Enter shows the answer', async () => {
    const { user } = await startRehearsal();
    await user.type(screen.getByRole('textbox', { name: 'Ваш ответ' }), '1234 ');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: /Показать ответ/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('card-answer')).toBeInTheDocument();
  });

  it('says when the time is up and counts on past it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await startRehearsal('4', userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) }));
    act(() => vi.advanceTimersByTime(125_000));
    expect(screen.getByTestId('timer')).toHaveTextContent(/^\+0:0\d$/);
    // Said to a screen reader once, as a status, and shown.
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Время вышло. Можно закончить мысль и открыть ответ.');
    expect(screen.getByText('Время вышло. Можно закончить мысль и открыть ответ.', { ignore: '[role="status"]' })).toBeVisible();
    // The field is still there: the learner finishes the thought.
    expect(screen.getByRole('textbox', { name: 'Ваш ответ' })).toBeEnabled();
  });

  it('ends with a report: each question with its time, coverage and grade, and the missed to study now', async () => {
    const { user } = await startRehearsal();
    for (let n = 0; n < 4; n += 1) {
      await user.type(screen.getByRole('textbox', { name: 'Ваш ответ' }), n === 0 ? knownAnswer() : 'не знаю');
      await user.keyboard('{Control>}{Enter}{/Control}');
      await user.keyboard(n === 0 ? '3' : '1');
    }
    const report = screen.getByTestId('interview-report');
    expect(within(report).getByRole('heading', { name: 'Итоги репетиции' })).toHaveFocus();
    expect(report).toHaveTextContent(/4 вопроса · среднее покрытие 25\s?%/);
    const rows = within(report).getAllByRole('listitem').filter((li) => li.classList.contains('interview-answer'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent(/Покрытие100\s?%/);
    expect(rows[0]).toHaveTextContent(/ОценкаХорошо/);
    expect(rows[1]).toHaveTextContent(/Покрытие0\s?%ОценкаСнова/);
    expect(within(report).getByRole('heading', { name: 'Слабые места' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Повторить пропущенные сейчас' }));
    expect(screen.getByRole('button', { name: /К итогам репетиции/ })).toBeInTheDocument();
    expect(screen.getByTestId('card-question')).toBeInTheDocument();
  });

  it('rounds the report’s mean coverage to a whole percent, as each question’s', () => {
    expect(messagesFor('ru', interviewStrings).interviewReportSummary(4, 1 / 48, 0)).toMatch(/покрытие 2\s?% ·/);
    expect(messagesFor('en', interviewStrings).interviewReportSummary(4, 1 / 48, 0)).toMatch(/coverage 2% ·/);
  });

  it('resumes after a reload where it stopped, with what was typed', async () => {
    const { user, app } = await startRehearsal();
    await user.type(screen.getByRole('textbox', { name: 'Ваш ответ' }), 'не знаю');
    await user.keyboard('{Control>}{Enter}{/Control}3');
    const second = screen.getByTestId('card-question').textContent;
    await user.type(screen.getByRole('textbox', { name: 'Ваш ответ' }), 'начало ответа');
    await user.tab(); // leaving the field keeps the draft at once
    app.reload();
    expect(await screen.findByText('Вопрос 2 из 4')).toBeInTheDocument();
    expect(screen.getByTestId('card-question')).toHaveTextContent(second!);
    expect(screen.getByRole('textbox', { name: 'Ваш ответ' })).toHaveValue('начало ответа');
  });

  it('speaks English when the interface does', async () => {
    const user = userEvent.setup();
    const app = renderApp('#/interview', { collection: COLLECTION });
    act(() => app.store.getState().updateSettings({ language: 'en' }));
    expect(await screen.findByRole('heading', { name: 'Interview rehearsal' })).toBeInTheDocument();
    await user.click(screen.getByTestId('interview-start'));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'no idea');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('region', { name: 'Key points' })).toHaveTextContent(/Coverage: 0%/);
  });
});
