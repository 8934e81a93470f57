import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../src/core/types.ts';
import { modesRu } from '../../src/i18n/modes.ru.ts';
import { makeCard, makeCollection } from '../support/cards.ts';
import { renderApp } from '../support/render.tsx';

const CARDS = [
  makeCard('orm', { deck: 'django', question: 'Что такое ORM?', answer: 'Объектно-реляционное отображение.' }),
  makeCard('sr', { deck: 'django', question: 'Чем select_related отличается от prefetch_related?', answer: '`select_related` делает JOIN, `prefetch_related` — ещё один запрос.' }),
  makeCard('gil', { deck: 'python-questions', kind: 'numbered', question: 'Что такое GIL?', answer: 'Глобальная блокировка интерпретатора.', suspect: 'x' }),
];
const COLLECTION = makeCollection(CARDS, { django: 'Django и ORM', 'python-questions': 'Вопросы по Python' });

afterEach(() => {
  window.location.hash = '';
  vi.restoreAllMocks();
});

const rows = () => screen.queryAllByTestId('browse-row');
const rowIds = () => rows().map((r) => r.dataset.cardId);

async function openBrowse(collection = COLLECTION) {
  const user = userEvent.setup();
  const app = renderApp('#/browse', { collection });
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

  it('lists every match of a collection of up to 200 cards, with no window', async () => {
    const cards: Card[] = Array.from({ length: 200 }, (_, i) => makeCard(`c${i}`, { deck: 'big', question: `Вопрос номер ${i}`, answer: `Ответ ${i}` }));
    const { user, search } = await openBrowse(makeCollection(cards));
    expect(screen.getByText('Найдено: 200 карточек')).toBeInTheDocument();
    expect(rows()).toHaveLength(200);
    await user.type(search, 'номер 12');
    // 12, 112 and 120–129.
    expect(await screen.findByText('Найдено: 12 карточек')).toBeInTheDocument();
    expect(rows()).toHaveLength(12);
  });

  describe('a large collection', () => {
    // jsdom lays nothing out: give rows a height and the list a place on the page, and let
    // window.scrollTo scroll (its scroll event comes after, as a browser's does), so the window over
    // the list can follow the page as in a browser.
    const ROW = 50;
    const LIST_TOP = 300;
    let scrollY = 0;
    const box = (top: number, height: number) => DOMRect.fromRect({ x: 0, y: top, width: 360, height });
    function layOut() {
      scrollY = 0;
      vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
      vi.spyOn(window, 'scrollTo').mockImplementation(((...args: [number, number] | [ScrollToOptions]) => {
        scrollY = typeof args[0] === 'number' ? (args[1] as number) : (args[0].top ?? scrollY);
        queueMicrotask(() => window.dispatchEvent(new Event('scroll')));
      }) as typeof window.scrollTo);
      vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
        return this.classList.contains('browse-row') ? ROW : 0;
      });
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
        return this.classList.contains('browse-list') ? box(LIST_TOP - scrollY, 0) : box(0, 0);
      });
    }
    const scrollTo = (y: number) => act(async () => window.scrollTo(0, y));
    const big = (n: number): Card[] => Array.from({ length: n }, (_, i) => makeCard(`c${i}`, { deck: 'big', question: `Вопрос номер ${i}`, answer: i % 100 === 7 ? 'Кэш в памяти' : `Ответ ${i}` }));

    it('mounts a window of the matches, and scrolling brings the rest', async () => {
      layOut();
      const { search, user } = await openBrowse(makeCollection(big(1000)));
      expect(screen.getByText('Найдено: 1 000 карточек')).toHaveAttribute('role', 'status');
      const shown = rows().length;
      expect(shown).toBeGreaterThan(5);
      expect(shown).toBeLessThan(50);
      expect(rowIds()[0]).toBe('c0');
      // Each row says where it stands among all the matches, not only the ones mounted.
      expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
      expect(rows()[0]).toHaveAttribute('aria-setsize', '1000');

      // Halfway down the page: rows from the middle of the list, in order, and none from its top.
      await scrollTo(LIST_TOP + 500 * ROW);
      const ids = rowIds();
      expect(ids).not.toContain('c0');
      expect(ids.length).toBeLessThan(50);
      const from = Number(ids[0]!.slice(1));
      expect(from).toBeGreaterThan(300);
      expect(ids).toEqual(ids.map((_, i) => `c${from + i}`));
      expect(rows()[0]).toHaveAttribute('aria-posinset', String(from + 1));

      // The bottom of the page: the end of the list.
      await scrollTo(LIST_TOP + 2000 * ROW);
      expect(rowIds()).toContain('c999');

      // A search lists its matches from the top of the list; the count names all of them.
      await scrollTo(0);
      await user.type(search, 'КЭШ');
      expect(await screen.findByText('Найдено: 10 карточек')).toBeInTheDocument();
      expect(rowIds()).toEqual(['c7', 'c107', 'c207', 'c307', 'c407', 'c507', 'c607', 'c707', 'c807', 'c907']);
      expect(rows()[9]).toHaveAttribute('aria-setsize', '10');
    });

    it("opens a row's detail in place, and it is still open after scrolling away and back", async () => {
      layOut();
      const { user } = await openBrowse(makeCollection(big(1000)));
      await scrollTo(LIST_TOP + 300 * ROW);
      const row = rows()[5]!;
      const id = row.dataset.cardId!;
      const toggle = within(row).getByRole('button', { name: new RegExp(`Вопрос номер ${id.slice(1)}(?!\\d)`) });
      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toHaveTextContent('content/big.md:10');

      await scrollTo(0);
      expect(rowIds()).not.toContain(id);
      await scrollTo(LIST_TOP + 300 * ROW);
      const again = rows().find((r) => r.dataset.cardId === id)!;
      expect(within(again).getByRole('button', { name: new RegExp(`Вопрос номер ${id.slice(1)}(?!\\d)`) })).toHaveAttribute('aria-expanded', 'true');
    });
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
