/**
 * Russian strings for the app shell: loading, the update offer, accessibility announcements.
 * Spread into the main catalog (src/i18n/ru.ts); the English twin is typed against this shape.
 */
import { formatRelative } from './format.ts';

export const shellRu = {
  loading: 'Загрузка…',
  skipToContent: 'Перейти к содержимому',
  errorCardsLoad: 'Не удалось загрузить карточки. Прогресс в браузере цел: проверьте соединение и перезагрузите страницу.',
  errorAnswersLoad: 'Не удалось загрузить ответы. Перезагрузите страницу: прогресс сохранён.',

  interviewSetDate: 'Указать дату собеседования',

  updateAvailable: 'Вышла новая версия с обновлёнными карточками. Прогресс сохранится.',
  updateReload: 'Обновить',
  updateLater: 'Позже',

  /** Said by screen readers after a grade: which one, and when the card comes back. */
  gradeAnnouncement: (grade: string, msFromNow: number): string => `«${grade}»: карточка вернётся ${formatRelative(msFromNow, 'ru')}`,
};

export type ShellMessages = typeof shellRu;
