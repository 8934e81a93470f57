import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderApp } from '../support/render.tsx';

const COLLECTION = makeCollection([makeCard('orm', { deck: 'django', question: 'Что такое ORM?', answer: 'Объектно-реляционное отображение.' })]);

afterEach(() => {
  window.location.hash = '';
});

/** Study the one card: its flag and star controls sit under it. */
async function studyScreen() {
  const user = userEvent.setup();
  const app = renderApp('#/study', { collection: COLLECTION });
  await screen.findByTestId('card-question');
  const star = await screen.findByRole('button', { name: 'Избранное' });
  return { user, app, star };
}

describe('flag and star', () => {
  it('a star toggles and says whether it is on', async () => {
    const { user, app, star } = await studyScreen();
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    expect(app.store.getState().marks.get('orm')?.starred).toBe(true);
    await user.click(star);
    expect(app.store.getState().marks.has('orm')).toBe(false);
  });

  it('a flag takes a note by keyboard: Ctrl+Enter saves, focus returns, the note is shown', async () => {
    const { user, app } = await studyScreen();
    await user.click(screen.getByRole('button', { name: 'Ошибка в карточке' }));
    const note = screen.getByRole('textbox', { name: 'Что не так? Заметка для автора' });
    expect(note).toHaveFocus();
    // Study keys do not fire while typing the note.
    await user.keyboard('ответ 1 не тот');
    expect(screen.queryByTestId('card-answer')).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText(/Помечена как ошибочная: ответ 1 не тот/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Изменить заметку' })).toHaveFocus();
    expect(app.store.getState().marks.get('orm')).toMatchObject({ flagged: true, note: 'ответ 1 не тот' });
  });

  it('Esc cancels the note without flagging; "remove flag" clears it', async () => {
    const { user, app } = await studyScreen();
    await user.click(screen.getByRole('button', { name: 'Ошибка в карточке' }));
    await user.keyboard('передумал{Escape}');
    expect(app.store.getState().marks.has('orm')).toBe(false);
    expect(screen.getByRole('button', { name: 'Ошибка в карточке' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Ошибка в карточке' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить флажок' }));
    expect(screen.getByText(/без заметки/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Снять флажок' }));
    expect(app.store.getState().marks.has('orm')).toBe(false);
  });

  it('a flag survives a reload', async () => {
    const { user, app } = await studyScreen();
    await user.click(screen.getByRole('button', { name: 'Ошибка в карточке' }));
    await user.keyboard('устарело{Control>}{Enter}{/Control}');
    app.reload();
    expect(await screen.findByText(/Помечена как ошибочная: устарело/)).toBeInTheDocument();
  });
});
