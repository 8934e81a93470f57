import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPart } from '../../src/components/lazy-part.tsx';
import { UpdatePrompt } from '../../src/components/update-prompt.tsx';
import { SETTINGS_KEY } from '../../src/store/persistence.ts';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderApp } from '../support/render.tsx';

const collection = makeCollection([makeCard('a', { question: 'Вопрос a?', answer: 'Ответ a.' })], { orm: 'Django ORM' });

afterEach(() => {
  delete document.documentElement.dataset.theme;
  window.location.hash = '';
});

describe('theme', () => {
  it('follows the system until chosen; the choice goes on <html> and is kept', async () => {
    const user = userEvent.setup();
    const { storage } = renderApp('#/settings', { collection });
    expect(document.documentElement).toHaveAttribute('data-theme', 'system');

    const select = await screen.findByRole('combobox', { name: 'Оформление' });
    expect(select).toHaveDisplayValue('Как в системе');
    await user.selectOptions(select, 'Тёмное');

    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toMatchObject({ theme: 'dark' });
  });
});

describe('language', () => {
  it('switches every label and <html lang> at once, and keeps the choice', async () => {
    const user = userEvent.setup();
    const { storage } = renderApp('#/settings', { collection });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Язык интерфейса' }), 'English');

    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toBeInTheDocument();
    expect(screen.getByLabelText('Interview date')).toBeInTheDocument();
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toMatchObject({ language: 'en' });
  });
});

describe('skip link', () => {
  it('is the first Tab stop and moves focus to the screen without changing the route', async () => {
    const user = userEvent.setup();
    renderApp('#/', { collection });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Перейти к содержимому' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/');
  });
});

describe('interview countdown on home', () => {
  it('offers to set a date, and counts down once one is set', async () => {
    const { store } = renderApp('#/', { collection });
    expect(screen.getByRole('link', { name: 'Указать дату собеседования' })).toHaveAttribute('href', '#/settings');
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    const iso = `${inAWeek.getFullYear()}-${String(inAWeek.getMonth() + 1).padStart(2, '0')}-${String(inAWeek.getDate()).padStart(2, '0')}`;
    store.getState().updateSettings({ interviewDate: iso });
    // 7 calendar days from today's study day (which starts at 4:00, so early morning counts as yesterday).
    expect(await screen.findByRole('heading', { name: /^Собеседование через (7|8) дней$/ })).toBeInTheDocument();
    expect(screen.getByText(/Чтобы тема «Без темы» была готова на 90 %/)).toBeInTheDocument();
  });
});

describe('UpdatePrompt', () => {
  it('says nothing until a version waits, then offers reload and later', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    const onLater = vi.fn();
    const { rerender } = render(<UpdatePrompt waiting={false} onReload={onReload} onLater={onLater} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();

    rerender(<UpdatePrompt waiting onReload={onReload} onLater={onLater} />);
    expect(status).toHaveTextContent('Вышла новая версия с обновлёнными карточками. Прогресс сохранится.');
    await user.click(screen.getByRole('button', { name: 'Обновить' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Позже' }));
    expect(onLater).toHaveBeenCalledTimes(1);
  });
});

describe('LazyPart', () => {
  it('regression: a lazy screen that cannot be fetched shows a message, not a blank page', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    try {
      render(
        <LazyPart>
          <Broken />
        </LazyPart>,
      );
      expect(await screen.findByRole('alert')).toHaveTextContent('Не удалось загрузить часть приложения');
      expect(screen.getByRole('button', { name: 'Перезагрузить страницу' })).toBeInTheDocument();
    } finally {
      quiet.mockRestore();
    }
  });
});
