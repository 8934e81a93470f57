/**
 * The Russian catalog: the default, and the source of truth for the message keys.
 * `Messages` is derived from it, so another catalog typed as `Messages` must have exactly these keys.
 * Values are strings, or functions when a message needs a number, a plural or a time.
 */
import { formatDuration, formatNumber, formatPercent, formatRelative, plural } from './format.ts';
import { formatDate } from './format-date.ts';
import { shellRu } from './shell.ru.ts';

const cards = (n: number): string =>
  `${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'карточка', few: 'карточки', many: 'карточек', other: 'карточки' })}`;

export const ru = {
  appTitle: 'Карточки к собеседованию',

  // Navigation
  navLabel: 'Разделы',
  navHome: 'Главная',
  navStudy: 'Учить',
  navQuiz: 'Тест',
  navWeak: 'Слабые',
  navBrowse: 'Поиск',
  navStats: 'Статистика',
  navSettings: 'Настройки',

  // Counting
  cards,

  // Study: the card
  question: 'Вопрос',
  answer: 'Ответ',
  showAnswer: 'Показать ответ',
  showAnswerKeys: 'Пробел или Enter',
  answerShown: 'Ответ показан',
  answerLoading: 'Ответ загружается…',
  suspect: 'Ответ может не соответствовать вопросу',
  remaining: (n: number): string =>
    `${plural('ru', n, { one: 'Осталась', other: 'Осталось' })} ${cards(n)}`,

  // Study: grading
  gradeBarLabel: 'Насколько легко вспомнилось?',
  gradeAgain: 'Снова',
  gradeHard: 'Трудно',
  gradeGood: 'Хорошо',
  gradeEasy: 'Легко',
  keyHint: (key: string): string => `клавиша ${key}`,
  undo: 'Отменить оценку',
  undoKeys: 'Z или Ctrl+Z',
  undone: 'Последняя оценка отменена',
  keyboardHelp: 'Пробел или Enter — показать ответ · 1–4 — оценка · Z — отменить',

  // Study: the queue is empty
  summaryTitle: 'На сегодня всё',
  summaryNothingDue: 'Сейчас нечего повторять',
  summaryReviewed: (n: number): string => `Повторено: ${cards(n)}`,
  summaryAgain: (n: number): string => `«Снова»: ${formatNumber(n, 'ru')}`,
  summaryTime: (ms: number): string => `Затрачено: ${formatDuration(ms, 'ru')}`,
  /** `msFromNow`: how far in the future the next card is due. */
  summaryNextDue: (msFromNow: number): string => `Следующее повторение ${formatRelative(msFromNow, 'ru')}`,
  summaryNoneScheduled: 'Запланированных повторений нет',
  backHome: 'На главную',

  // Home
  homeTitle: 'Колоды',
  studyAll: 'Учить всё',
  quizHeadline: (n: number): string =>
    `Тест: ${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })}`,
  studyDeck: (title: string): string => `Учить «${title}»`,
  quizDeck: (title: string): string => `Тест по «${title}»`,
  countNew: 'Новые',
  // Soft hyphens: where a phone's narrow column must break the word, it breaks there, with a hyphen.
  countLearning: 'Изуча\u00adются',
  countDue: 'К повто\u00adрению',
  dueToday: (n: number): string => `Сегодня к повторению: ${cards(n)}`,
  noDecks: 'Колод пока нет.',
  importNotes: 'Импортировать заметки',
  interviewRehearse: 'Репетиция собеседования',
  importedFrom: (name: string, at: number): string => `импорт из «${name}», ${formatDate(at, 'ru', 'long')}`,
  importsUnreadable: (fault: 'unavailable' | 'full' | 'failed'): string =>
    fault === 'unavailable'
      ? 'Импортированные заметки недоступны: хранилище браузера закрыто (так бывает в приватном окне). Встроенные колоды работают.'
      : 'Часть импортированных заметок не удалось прочитать из хранилища браузера. Встроенные колоды работают.',

  // Settings
  settingsTitle: 'Настройки',
  settingsNewPerDay: 'Новых карточек в день',
  settingsRetention: 'Желаемая запоминаемость',
  settingsRetentionHint: (ratio: number): string =>
    `Чем выше, тем чаще повторения. Обычно около ${formatPercent(ratio, 'ru')}.`,
  settingsDayStart: 'Начало нового дня (час)',
  settingsDayStartHint: 'Карточки следующего дня появятся после этого часа',
  settingsLanguage: 'Язык интерфейса',
  saved: 'Сохранено',

  // Screens that later issues fill in
  dismiss: 'Скрыть',
  deckColumn: 'Колода',
  studyAction: 'Учить',
  studyProgressLabel: 'Осталось в этой сессии',
  studyCounts: (n: number, l: number, r: number): string => `Новые ${n} · изучаются ${l} · к повторению ${r}`,
  settingsLanguageHint: 'Язык выбирается здесь и запоминается',
  settingsSaved: 'Настройки сохранены',
  settingsInvalid: 'Значение вне допустимого диапазона, оставлено прежнее',

  // Errors
  errorTitle: 'Что-то пошло не так',
  errorRetry: 'Попробовать снова',
  errorReload: 'Перезагрузить страницу',
  errorNotFound: 'Такой страницы нет',
  errorDeckNotFound: (deckId: string): string => `Колода «${deckId}» не найдена`,
  errorChunkLoad: 'Не удалось загрузить часть приложения. Проверьте соединение и перезагрузите страницу.',
  errorScreen: 'Этот экран не удалось показать. Прогресс сохранён: перезагрузите страницу.',
  ...shellRu,
};

/** The shape every catalog must have: the Russian keys, with the same parameters. */
export type Messages = typeof ru;
export type MessageKey = keyof Messages;
