import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interviewMoment } from '../../src/core/interview-date.ts';
import { readiness, studyPlan } from '../../src/core/readiness.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { StatsScreen } from '../../src/screens/stats-screen.tsx';
import type { AppStore } from '../../src/store/app-store.ts';
import { makeCard, makeCollection } from '../support/cards.ts';
import { gradedAt, testScheduler } from '../support/progress.ts';
import { renderWithStore } from '../support/render.tsx';
import { createTestStore } from '../support/store.ts';
import { DAY, MIN } from '../support/time.ts';

// A fixed clock: Tuesday 11 March 2025, 9:00 local; the study day starts at 4:00.
const NOW = new Date(2025, 2, 11, 9, 0).getTime();

const cards = [
  makeCard('a', { deck: 'orm', topic: 'Django' }),
  makeCard('b', { deck: 'orm', topic: 'Django' }),
  makeCard('c', { deck: 'sql', topic: 'SQL' }),
  makeCard('d', { deck: 'sql', topic: 'SQL' }),
];
const collection = makeCollection(cards, { orm: 'Django ORM', sql: 'SQL' });

function makeStore(): AppStore {
  const store = createTestStore({ collection, storage: null, now: NOW });
  // a: learnt twelve days ago, failed two days ago (a review-state Again), relearnt.
  store.getState().setCardProgress('a', gradedAt([['good', NOW - 12 * DAY], ['good', NOW - 12 * DAY + 10 * MIN], ['again', NOW - 2 * DAY], ['good', NOW - 2 * DAY + 10 * MIN]]));
  // b: learnt twelve days ago, passed yesterday.
  store.getState().setCardProgress('b', gradedAt([['good', NOW - 12 * DAY], ['good', NOW - 12 * DAY + 10 * MIN], ['good', NOW - DAY]]));
  // c: begun this morning; d never seen.
  store.getState().setCardProgress('c', gradedAt([['good', NOW - 30 * MIN]]));
  return store;
}

const renderStats = (store: AppStore, lang: Lang = 'ru') => renderWithStore(store, <StatsScreen />, lang);

const norm = (s: string | null): string => (s ?? '').replace(/\s/g, ' ');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('StatsScreen, with a fixed clock', () => {
  it('lists cards by state in words', () => {
    renderStats(makeStore());
    const section = screen.getByRole('region', { name: 'Карточки по состояниям' });
    expect(section).toHaveTextContent('Всего 4 карточки');
    const items = within(section).getAllByRole('listitem').map((li) => norm(li.textContent));
    expect(items).toEqual(['Новые: 1', 'Изучаются: 1', 'Переучиваются: 0', 'На повторении: 2']);
  });

  it('gives the due forecast a table a screen reader can read, day by day', () => {
    const store = makeStore();
    renderStats(store);
    const table = screen.getByRole('table', { name: 'Прогноз повторений на 30 дней' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Every scheduled card is due in the next 30 days here; today's row holds c's learning step.
    const dueDays = ['a', 'b', 'c'].map((id) => store.getState().progress.get(id)!.sched.due);
    expect(dueDays.every((due) => due < NOW + 30 * DAY)).toBe(true);
    const total = rows.reduce((sum, row) => sum + Number(within(row).getByRole('cell').textContent), 0);
    expect(total).toBe(3);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('сегодня');
  });

  it('shows true retention over 7 and 30 days, counting only review-state grades', () => {
    renderStats(makeStore());
    const section = screen.getByRole('region', { name: 'Настоящая запоминаемость' });
    // a's Again two days ago and b's Good yesterday; the learning steps do not count.
    expect(norm(within(section).getByText('За 7 дней').nextElementSibling!.textContent)).toBe('50 % (1 из 2)');
    expect(norm(within(section).getByText('За 30 дней').nextElementSibling!.textContent)).toBe('50 % (1 из 2)');
  });

  it('shows the reviews of the last six months and the streak', () => {
    renderStats(makeStore());
    const section = screen.getByRole('region', { name: 'Повторения за полгода' });
    // 27 Feb: a and b learnt (4 grades); 9 Mar: a failed and relearnt (2); 10 Mar: b (1); today: c (1).
    expect(section).toHaveTextContent('8 повторений за 4 дня занятий');
    expect(section).toHaveTextContent('Серия: 3 дня подряд');
    const table = within(section).getByRole('table', { name: 'Повторения за полгода' });
    const monthCell = (name: RegExp) => within(within(table).getByRole('rowheader', { name }).closest('tr')!).getByRole('cell');
    expect(monthCell(/февраль 2025/)).toHaveTextContent('4');
    expect(monthCell(/март 2025/)).toHaveTextContent('4');
  });

  it('shows readiness per deck and topic', () => {
    const store = makeStore();
    renderStats(store);
    const byTopic = screen.getByRole('table', { name: 'По темам' });
    const expected = readiness(cards, store.getState().progress, testScheduler, NOW, null).byTopic;
    for (const row of expected) {
      const tr = within(byTopic).getByRole('rowheader', { name: row.key }).closest('tr')!;
      const [count, ready] = within(tr).getAllByRole('cell');
      expect(count).toHaveTextContent(String(row.cards));
      expect(norm(ready!.textContent)).toBe(new Intl.NumberFormat('ru', { style: 'percent', maximumFractionDigits: 1 }).format(row.readyNow / row.cards).replace(/\s/g, ' '));
    }
    expect(within(screen.getByRole('table', { name: 'По колодам' })).getByRole('rowheader', { name: 'Django ORM' })).toBeInTheDocument();
  });

  it('once an interview date is typed in, shows the countdown, the forecast for the day and the plan', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const store = makeStore();
    renderStats(store);
    expect(screen.getByRole('region', { name: 'Собеседование' })).toHaveTextContent('Укажите дату собеседования');

    await user.type(screen.getByLabelText('Дата собеседования'), '2025-03-14');

    const section = screen.getByRole('region', { name: 'Собеседование' });
    expect(section).toHaveTextContent('Собеседование через 3 дня');
    expect(section).toHaveTextContent('Дата: 14 марта 2025 г.');
    const { progress } = store.getState();
    const { byTopic } = readiness(cards, progress, testScheduler, NOW, interviewMoment('2025-03-14'));
    const plan = studyPlan(cards, progress, byTopic, NOW, '2025-03-14', 4)!;
    // SQL is the weakest: d is new, c was begun this morning (that grade is today's share).
    expect(plan).toMatchObject({ topic: 'SQL', doneToday: 1 });
    expect(plan.perDay).toBeGreaterThan(1);
    expect(section).toHaveTextContent(`Чтобы тема «SQL» была готова на 90 % к этому дню, делайте ${plan.perDay} повторения в день`);
    expect(section).toHaveTextContent(`Сегодня по плану: 1 из ${plan.perDay}`);
    const byDeck = screen.getByRole('table', { name: 'По колодам' });
    expect(within(byDeck).getByRole('columnheader', { name: 'В день собеседования' })).toBeInTheDocument();
  });

  it('speaks English under an English provider', () => {
    renderStats(makeStore(), 'en');
    expect(screen.getByRole('region', { name: 'True retention' })).toHaveTextContent('50% (1 of 2)');
    expect(screen.getByRole('region', { name: 'Cards by state' })).toHaveTextContent('4 cards in all');
  });
});

describe('StatsScreen, interview rehearsals', () => {
  /** A finished rehearsal of two questions at `at`, with the coverages given. */
  function rehearse(store: AppStore, at: number, coverages: readonly [number, number]): void {
    store.getState().startInterview({ deckIds: ['orm'], count: 2, seconds: 120 }, ['a', 'b'], at);
    for (const [i, coverage] of coverages.entries()) {
      store.getState().revealInterviewAnswer('ответ', at + (i + 1) * MIN);
      store.getState().gradeInterview('good', coverage, at + (i + 1) * MIN);
    }
  }

  it('invites a first rehearsal when there was none', () => {
    renderStats(makeStore());
    const section = screen.getByRole('region', { name: 'Репетиции' });
    expect(section).toHaveTextContent('Репетиций ещё не было');
    expect(within(section).getByRole('link', { name: 'Репетиция собеседования' })).toHaveAttribute('href', '#/interview');
  });

  it('lists the rehearsals, the latest first, and how coverage moved since the first', () => {
    const store = makeStore();
    rehearse(store, NOW - 2 * DAY, [0.2, 0.4]);
    rehearse(store, NOW - DAY, [0.8, 1]);
    renderStats(store);
    const section = screen.getByRole('region', { name: 'Репетиции' });
    expect(norm(section.textContent)).toContain('Покрытие ключевых моментов: 30 % в первой репетиции, 90 % в последней (всего 2)');
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => norm(r.textContent))).toEqual([expect.stringMatching(/^пн, 10 мар\.?2 ?90 %2 мин$/), expect.stringMatching(/^вс, 9 мар\.?2 ?30 %2 мин$/)]);
  });
});
