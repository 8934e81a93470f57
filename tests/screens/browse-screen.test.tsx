import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../src/core/types.ts';
import { modesRu } from '../../src/i18n/modes.ru.ts';
import { card, collectionOf, renderApp } from './app-harness.tsx';

const CARDS = [
  card('orm', 'django', 'Что такое ORM?', 'Объектно-реляционное отображение.'),
  card('sr', 'django', 'Чем select_related отличается от prefetch_related?', '`select_related` делает JOIN, `prefetch_related` — ещё один запрос.'),
  card('gil', 'python-questions', 'Что такое GIL?', 'Глобальная блокировка интерпретатора.', { suspect: 'x' }),
];
const COLLECTION = collectionOf(CARDS, { django: 'Django и ORM', 'python-questions': 'Вопросы по Python' });

afterEach(() => {
  window.location.hash = '';
  vi.restoreAllMocks();
});

const rows = () => screen.queryAllByTestId('browse-row');
const rowIds = () => rows().map((r) => r.dataset.cardId);

async function openBrowse(collection = COLLECTION) {
  const user = userEvent.setup();
  const app = renderApp(collection, '#/browse');
  const search = await screen.findByRole('searchbox', { name: 'Искать в вопросах и ответах' });
  return { user, app, search };
}

describe('browse screen', () => {
  it('lists every card with its state, and finds select_related', async () => {
    const { user, search } = await openBrowse();
    expect(search).toHaveAttribute('type', 'search');
    expect(rowIds()).toEqual(['orm', 'sr', 'gil']);
    expect(rows().map((r) => r.dataset.state)).toEqual(['new', 'new', 'new']);
    expect(screen.getByText('Найдено: 3 карточки')).toHaveAttribute('role', 'status');

    await user.type(search, 'select_related');
    expect(await screen.findByText('Найдено: 1 карточка')).toBeInTheDocument();
    expect(rowIds()).toEqual(['sr']);
  });

  it('ignores case and folds ё/е, in answers too', async () => {
    const { user, search } = await openBrowse();
    await user.type(search, 'ЕЩЕ ЗАПРОС');
    expect(await screen.findByText('Найдено: 1 карточка')).toBeInTheDocument();
    expect(rowIds()).toEqual(['sr']);
    await user.clear(search);
    await user.type(search, 'нет такого слова');
    expect(await screen.findByText(/Ничего не найдено/)).toBeInTheDocument();
    expect(rows()).toHaveLength(0);
  });

  it('"/" jumps to the search field', async () => {
    const { user, search } = await openBrowse();
    expect(search).not.toHaveFocus();
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
  });

  it('filters by deck, by state, by flagged and by weak', async () => {
    const { user, app } = await openBrowse();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Колода' }), 'Вопросы по Python');
    expect(rowIds()).toEqual(['gil']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Колода' }), 'Все колоды');

    // Fail one card in study: it is learning now, and weak.
    const s = app.store.getState();
    s.startSession(Date.now(), null, ['orm']);
    app.store.getState().reveal();
    app.store.getState().answer('again', Date.now());
    app.store.getState().endSession();
    app.store.getState().flagCard('gil', 'не тот ответ', Date.now());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Состояние' }), 'Изучается');
    expect(rowIds()).toEqual(['orm']);
    expect(rows()[0]).toHaveAttribute('data-state', 'learning');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Состояние' }), 'Новая');
    expect(rowIds()).toEqual(['sr', 'gil']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Состояние' }), 'Любое');

    await user.click(screen.getByRole('checkbox', { name: 'Только с флажком' }));
    expect(rowIds()).toEqual(['gil']);
    expect(rows()[0]).toHaveTextContent('Помечена как ошибочная: не тот ответ');
    await user.click(screen.getByRole('checkbox', { name: 'Только с флажком' }));

    await user.click(screen.getByRole('checkbox', { name: 'Только слабые' }));
    expect(rowIds()).toEqual(['orm']);
  });

  it("a card's detail shows its answer, next due date, review history and source", async () => {
    const { user, app } = await openBrowse();
    const toggle = within(rows()[1]!).getByRole('button', { name: /select_related/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const detail = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(detail).toHaveTextContent('делает JOIN');
    expect(within(detail).getByText('content/django.md:10')).toBeInTheDocument();
    expect(detail).toHaveTextContent('Ещё не изучалась');
    expect(detail).toHaveTextContent('Повторений ещё не было.');

    // Graded meanwhile: the open detail follows.
    app.store.getState().startSession(Date.now(), null, ['sr']);
    app.store.getState().reveal();
    app.store.getState().answer('good', Date.now());
    app.store.getState().endSession();
    const history = await within(detail).findByRole('table');
    expect(within(history).getAllByRole('row')).toHaveLength(2);
    expect(within(history).getByRole('cell', { name: 'Хорошо' })).toBeInTheDocument();
    expect(within(history).getByRole('cell', { name: 'Новая' })).toBeInTheDocument();
    const due = app.store.getState().progress.get('sr')!.sched.due;
    expect(detail).toHaveTextContent(`Следующее повторение${modesRu.dateTime(due)} (через`);
  });

  it('renders the first 100 matches, then more on request', async () => {
    const many: Card[] = Array.from({ length: 250 }, (_, i) => card(`c${i}`, 'big', `Вопрос номер ${i}`, `Ответ ${i}`));
    const { user } = await openBrowse(collectionOf(many));
    expect(screen.getByText('Найдено: 250 карточек')).toBeInTheDocument();
    expect(rows()).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Показать ещё 100' }));
    expect(rows()).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: 'Показать ещё 50' }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /Показать ещё/ })).toBeNull();
  });

  it('exports flags and stars as a markdown checklist file', async () => {
    const { user, app } = await openBrowse();
    const download = screen.getByRole('button', { name: 'Скачать флажки и избранное (.md)' });
    expect(download).toBeDisabled();
    app.store.getState().flagCard('gil', 'ответ не про GIL', Date.now());
    app.store.getState().toggleStar('orm', Date.now());

    let blob: Blob | undefined;
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => ((blob = b), 'blob:checklist')), revokeObjectURL: vi.fn() });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    await user.click(download);

    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toMatch(/^flashcards-flags-\d{4}-\d{2}-\d{2}\.md$/);
    expect(clicks[0]!.href).toBe('blob:checklist');
    const text = await blob!.text();
    expect(text).toContain('- [ ] Что такое GIL? — ответ не про GIL (content/python-questions.md:10)');
    expect(text).toContain('- [ ] Что такое ORM? (content/django.md:10)');
    expect(screen.getByText('С флажком: 1 · в избранном: 1')).toBeInTheDocument();
  });
});
