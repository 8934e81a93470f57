import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render.tsx';

describe('the app shell', () => {
  it('lists the decks with their card counts, in Russian by default', () => {
    renderApp('#/');
    expect(screen.getByRole('heading', { level: 1, name: 'Колоды' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Python/ });
    expect(within(row).getByRole('link', { name: 'Учить «Python»' })).toHaveAttribute('href', '#/study/python');
    expect(within(row).getByText(/^3 карточки/)).toBeInTheDocument();
    // New · learning · due: three new cards, nothing started yet.
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '0', '0']);
    expect(screen.getByRole('link', { name: 'Учить всё' })).toHaveAttribute('href', '#/study');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('navigates between screens through the hash routes', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.click(screen.getByRole('link', { name: 'Настройки' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Настройки' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches the interface to English in settings and keeps the choice', async () => {
    const user = userEvent.setup();
    const first = renderApp('#/settings');
    await user.selectOptions(screen.getByLabelText('Язык интерфейса'), 'English');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    first.reload('#/');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Decks' })).toBeInTheDocument());
  });

  it('says plainly when a deck does not exist', () => {
    renderApp('#/study/nope');
    expect(screen.getByRole('heading', { name: 'Колода «nope» не найдена' })).toBeInTheDocument();
  });
});
