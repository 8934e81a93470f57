import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import {
  formatDuration,
  formatInterval,
  formatRelative,
  getMessages,
  isLang,
  plural,
} from '../../src/i18n/index.ts';
import { ru } from '../../src/i18n/ru.ts';

// ICU may use no-break or narrow no-break spaces; compare with plain ones.
const norm = (s: string): string => s.replace(/\s/g, ' ');

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('plurals', () => {
  it('picks the Russian form for 1, 2, 5 and 21', () => {
    expect(ru.cards(1)).toBe('1 карточка');
    expect(ru.cards(2)).toBe('2 карточки');
    expect(ru.cards(5)).toBe('5 карточек');
    expect(ru.cards(21)).toBe('21 карточка');
  });

  it('treats the teens and fractions as Russian grammar does', () => {
    expect(ru.cards(11)).toBe('11 карточек');
    expect(ru.cards(12)).toBe('12 карточек');
    expect(ru.cards(22)).toBe('22 карточки');
    expect(ru.cards(0)).toBe('0 карточек');
    expect(ru.cards(1.5)).toBe('1,5 карточки');
  });

  it('agrees the verb with the number', () => {
    expect(ru.remaining(1)).toBe('Осталась 1 карточка');
    expect(ru.remaining(21)).toBe('Осталась 21 карточка');
    expect(ru.remaining(3)).toBe('Осталось 3 карточки');
    expect(ru.remaining(5)).toBe('Осталось 5 карточек');
  });

  it('uses English rules in the English catalog', () => {
    expect(en.cards(1)).toBe('1 card');
    expect(en.cards(2)).toBe('2 cards');
    expect(en.cards(21)).toBe('21 cards');
    expect(norm(en.cards(1234))).toBe('1,234 cards');
    expect(norm(ru.cards(1234))).toBe('1 234 карточки');
  });

  it('falls back to `other` when a form is not given', () => {
    expect(plural('ru', 5, { one: 'x', other: 'fallback' })).toBe('fallback');
  });
});

describe('formatInterval', () => {
  it('gives Anki-like short Russian labels', () => {
    expect(norm(formatInterval(30 * SECOND, 'ru'))).toBe('<1 мин');
    expect(norm(formatInterval(10 * MINUTE, 'ru'))).toBe('10 мин');
    expect(norm(formatInterval(3 * HOUR, 'ru'))).toBe('3 ч');
    expect(norm(formatInterval(4 * DAY, 'ru'))).toBe('4 дн.');
    expect(norm(formatInterval(90 * DAY, 'ru'))).toBe('3 мес.');
    expect(norm(formatInterval(105 * DAY, 'ru'))).toBe('3,5 мес.');
    expect(norm(formatInterval(438 * DAY, 'ru'))).toBe('1,2 г.');
  });

  it('gives English labels', () => {
    expect(norm(formatInterval(30 * SECOND, 'en'))).toBe('<1 min');
    expect(norm(formatInterval(10 * MINUTE, 'en'))).toBe('10 min');
    expect(norm(formatInterval(4 * DAY, 'en'))).toBe('4 days');
    expect(norm(formatInterval(105 * DAY, 'en'))).toMatch(/^3\.5 \S+$/);
  });

  it('moves to the next unit when rounding reaches it', () => {
    expect(norm(formatInterval(59.6 * MINUTE, 'ru'))).toBe('1 ч');
    expect(norm(formatInterval(23.7 * HOUR, 'ru'))).toBe('1 дн.');
    expect(norm(formatInterval(29.6 * DAY, 'ru'))).toBe('1 мес.');
  });

  it('shows nonsense input as under a minute instead of "NaN"', () => {
    expect(norm(formatInterval(Number.NaN, 'ru'))).toBe('<1 мин');
    expect(norm(formatInterval(-5 * MINUTE, 'en'))).toBe('<1 min');
  });
});

describe('formatRelative and formatDuration', () => {
  it('says when the next review is due', () => {
    expect(formatRelative(DAY, 'ru')).toBe('завтра');
    expect(norm(formatRelative(3 * DAY, 'ru'))).toBe('через 3 дня');
    expect(norm(formatRelative(10 * MINUTE, 'ru'))).toBe('через 10 минут');
    expect(formatRelative(DAY, 'en')).toBe('tomorrow');
    expect(formatRelative(0, 'en')).toBe('now');
    expect(norm(ru.summaryNextDue(3 * DAY))).toBe('Следующее повторение через 3 дня');
  });

  it('formats time spent', () => {
    expect(norm(formatDuration(45 * SECOND, 'ru'))).toBe('45 с');
    expect(norm(formatDuration(12 * MINUTE, 'ru'))).toBe('12 мин');
    expect(norm(formatDuration(65 * MINUTE, 'ru'))).toBe('1 ч 5 мин');
    expect(norm(formatDuration(2 * HOUR, 'en'))).toBe('2 hr');
    expect(norm(ru.summaryTime(12 * MINUTE))).toBe('Затрачено: 12 мин');
  });
});

describe('catalogs', () => {
  it('the English catalog has exactly the Russian keys, of the same kinds', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
      expect(typeof en[key], key).toBe(typeof ru[key]);
      if (typeof ru[key] === 'function') {
        expect((en[key] as (...args: never[]) => string).length, key).toBe((ru[key] as (...args: never[]) => string).length);
      }
    }
  });

  it('has no empty strings', () => {
    for (const catalog of [ru, en]) {
      for (const [key, value] of Object.entries(catalog)) {
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('has the study flow strings in Russian', () => {
    expect([ru.showAnswer, ru.gradeAgain, ru.gradeHard, ru.gradeGood, ru.gradeEasy]).toEqual([
      'Показать ответ',
      'Снова',
      'Трудно',
      'Хорошо',
      'Легко',
    ]);
    expect(ru.studyAll).toBe('Учить всё');
    expect([ru.navHome, ru.navStudy, ru.navQuiz, ru.navWeak, ru.navBrowse, ru.navStats, ru.navSettings]).toEqual([
      'Главная',
      'Учить',
      'Тест',
      'Слабые',
      'Поиск',
      'Статистика',
      'Настройки',
    ]);
  });

  it('looks catalogs up by language and validates language codes', () => {
    expect(getMessages('ru')).toBe(ru);
    expect(getMessages('en')).toBe(en);
    expect(isLang('en')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});

describe('dates and day counts for stats (Intl)', () => {
  it('formats a countdown in days, with "today" and "tomorrow" in words', async () => {
    const { formatDaysFromToday } = await import('../../src/i18n/format-date.ts');
    expect(formatDaysFromToday(0, 'ru')).toBe('сегодня');
    expect(formatDaysFromToday(1, 'ru')).toBe('завтра');
    expect(formatDaysFromToday(5, 'ru')).toBe('через 5 дней');
    expect(formatDaysFromToday(21, 'ru')).toBe('через 21 день');
    expect(formatDaysFromToday(1, 'en')).toBe('tomorrow');
    expect(formatDaysFromToday(12, 'en')).toBe('in 12 days');
  });

  it('pluralises the stats messages by the Russian rules', async () => {
    const { messagesFor } = await import('../../src/i18n/catalog-part.ts');
    const { secondary } = await import('../../src/i18n/secondary-catalog.ts');
    const t = messagesFor('ru', secondary);
    expect(t.statsStreak(1)).toBe('Серия: 1 день подряд');
    expect(t.statsStreak(3)).toBe('Серия: 3 дня подряд');
    expect(t.statsStreak(11)).toBe('Серия: 11 дней подряд');
    expect(norm(t.statsHeatmapSummary(21, 2))).toBe('21 повторение за 2 дня занятий');
    expect(messagesFor('en', secondary).statsStreak(1)).toBe('Streak: 1 day in a row');
  });
});

describe('parts of the catalog', () => {
  it('no part redefines a key of the main catalog, in either language', async () => {
    const parts = await Promise.all([
      import('../../src/i18n/modes-catalog.ts').then((m) => m.modes),
      import('../../src/i18n/secondary-catalog.ts').then((m) => m.secondary),
      import('../../src/i18n/storage-catalog.ts').then((m) => m.storageStrings),
      import('../../src/i18n/data-catalog.ts').then((m) => m.dataStrings),
    ]);
    for (const lang of ['ru', 'en'] as const) {
      const main = new Set(Object.keys(getMessages(lang)));
      // A part is merged with the main catalog only, so two parts may word a key each their own way.
      for (const part of parts) expect(Object.keys(part.byLang[lang]).filter((key) => main.has(key))).toEqual([]);
    }
  });

  it('each part has the same keys in English as in Russian', async () => {
    const { modes } = await import('../../src/i18n/modes-catalog.ts');
    const { secondary } = await import('../../src/i18n/secondary-catalog.ts');
    const { storageStrings } = await import('../../src/i18n/storage-catalog.ts');
    const { dataStrings } = await import('../../src/i18n/data-catalog.ts');
    for (const part of [modes, secondary, storageStrings, dataStrings]) {
      expect(Object.keys(part.byLang.en).sort()).toEqual(Object.keys(part.byLang.ru).sort());
    }
  });
});
