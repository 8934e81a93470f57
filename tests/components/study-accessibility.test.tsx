import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StudyScreen } from '../../src/screens/study-screen.tsx';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderWithStore } from '../support/render.tsx';
import { createTestStore } from '../support/store.ts';

const collection = makeCollection(['a', 'b', 'c'].map((id) => makeCard(id, { question: `Вопрос ${id}?`, answer: `Ответ ${id}.` })));

function renderStudy() {
  const store = createTestStore({ collection, storage: null, now: Date.now() });
  renderWithStore(store, <StudyScreen deckId={null} />);
  return store;
}

/** The study screen's own live region (the card view has another, for the reveal). */
const gradeStatus = () => screen.getAllByRole('status').at(-1)!;

describe('study screen for keyboard and screen reader users', () => {
  it('announces the grade and when the card comes back, then puts focus on the next question', async () => {
    const user = userEvent.setup();
    renderStudy();
    expect(screen.getByTestId('card-question')).toHaveTextContent('Вопрос a?');

    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /^Хорошо / }));

    const next = screen.getByTestId('card-question');
    expect(next).toHaveTextContent('Вопрос b?');
    // Said once the next card is painted.
    await waitFor(() => expect(gradeStatus()).toHaveTextContent('«Хорошо»: карточка вернётся через 10 минут'));
    // Once the new card is painted.
    await waitFor(() => expect(next).toHaveFocus());
    // Tab goes on from the question to "show answer".
    await user.tab();
    expect(screen.getByRole('button', { name: /^Показать ответ / })).toHaveFocus();
  });

  it('says the same grade again when it is given twice in a row', async () => {
    const user = userEvent.setup();
    renderStudy();
    await user.keyboard(' 1');
    await waitFor(() => expect(gradeStatus().textContent).toContain('«Снова»: карточка вернётся через 1 минуту'));
    const first = gradeStatus().textContent;
    await user.keyboard(' 1');
    // Identical text would not be read out a second time.
    await waitFor(() => expect(gradeStatus().textContent).not.toBe(first));
    expect(gradeStatus().textContent).toContain('«Снова»');
  });

  it('gives undo its keys as the accessible description and announces the undo', async () => {
    const user = userEvent.setup();
    renderStudy();
    const undo = screen.getByRole('button', { name: /^Отменить оценку / });
    expect(undo).toHaveAccessibleDescription('Z или Ctrl+Z');
    expect(undo).toBeDisabled();

    await user.keyboard(' 3');
    await waitFor(() => expect(undo).toBeEnabled());
    await user.keyboard('z');

    await waitFor(() => expect(gradeStatus()).toHaveTextContent('Последняя оценка отменена'));
    expect(screen.getByTestId('card-question')).toHaveTextContent('Вопрос a?');
  });

  it('does not announce a grade key pressed before the answer is shown', async () => {
    const user = userEvent.setup();
    renderStudy();
    await user.keyboard('3');
    expect(gradeStatus()).toBeEmptyDOMElement();
    expect(screen.getByTestId('card-question')).toHaveTextContent('Вопрос a?');
  });
});
