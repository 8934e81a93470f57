/**
 * Russian messages of the interview modes (issue 4): quiz, weak cards, browse, flags and stars.
 * Not in the main catalog: they travel with the modes' lazy chunks (src/i18n/modes-catalog.ts);
 * modes.en.ts must have the same shape.
 */
import { formatDuration, formatNumber, formatPercent, plural } from './format.ts';

const cards = (n: number): string =>
  `${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'карточка', few: 'карточки', many: 'карточек', other: 'карточки' })}`;
const questions = (n: number): string =>
  `${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })}`;
const times = (n: number): string => `${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'раз', few: 'раза', many: 'раз', other: 'раза' })}`;

// Built on first use, not at start-up: only browse and the weak list need them.
let dateTimeFormat: Intl.DateTimeFormat | undefined;
let agoFormat: Intl.RelativeTimeFormat | undefined;
const dateTime = (ms: number): string => (dateTimeFormat ??= new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeStyle: 'short' })).format(ms);
const daysAgo = (days: number): string => (agoFormat ??= new Intl.RelativeTimeFormat('ru', { numeric: 'auto' })).format(-days, 'day');
const DAY = 86_400_000;

export const modesRu = {
  // Quiz: before it starts
  quizTitle: (deck: string): string => `Тест: ${deck}`,
  quizIntro: 'Вопросы идут по одному. Вспомните ответ, откройте его и честно оцените себя: оценки попадают в расписание повторений.',
  quizQuestions: questions,
  quizOrderLabel: 'Порядок вопросов',
  quizOrderInOrder: 'По порядку',
  quizOrderShuffled: 'Вперемешку',
  quizTypeAnswers: 'Сначала записывать свой ответ',
  quizTypeAnswersHint: 'Ваш ответ покажется рядом с ответом из заметок; оцениваете вы сами.',
  quizStart: 'Начать тест',
  quizEmptyDeck: 'В этой колоде нет вопросов.',

  // Quiz: a question
  quizProgress: (n: number, total: number): string => `Вопрос ${formatNumber(n, 'ru')} из ${formatNumber(total, 'ru')}`,
  quizMissedRound: 'Повтор пропущенных',
  quizRestart: 'Начать заново',
  quizRestartConfirm: 'Начать тест заново? Уже выставленные оценки останутся в расписании.',
  quizRestartYes: 'Да, заново',
  quizRestartNo: 'Продолжить тест',
  quizYourAnswer: 'Ваш ответ',
  quizModelAnswer: 'Ответ из заметок',
  quizTypeKeys: 'Ctrl+Enter — показать ответ · Esc — выйти из поля',
  quizNothingTyped: 'Ничего не записано',
  quizGradeBarLabel: 'Как вы ответили?',
  quizGradeMissed: 'Не знал',
  quizGradeShaky: 'Шатко',
  quizGradeKnew: 'Знал',
  quizGradeEasy: 'Легко',
  quizKeyboardHelp: 'Пробел или Enter — показать ответ · 1 не знал · 2 шатко · 3 знал · 4 легко · Z — отменить',

  // Quiz: results
  quizResultsTitle: 'Результаты теста',
  quizScore: (known: number, total: number): string =>
    `Знаю: ${formatNumber(known, 'ru')} из ${formatNumber(total, 'ru')} (${formatPercent(total === 0 ? 0 : Math.round((100 * known) / total) / 100, 'ru')})`,
  quizScoreShaky: (n: number): string => `Сомневался: ${formatNumber(n, 'ru')}`,
  quizScoreMissed: (n: number): string => `Не знал: ${formatNumber(n, 'ru')}`,
  quizTime: (ms: number): string => `Время: ${formatDuration(ms, 'ru')}`,
  quizMissedTitle: 'Пропущенные вопросы',
  quizNoneMissed: 'Пропущенных вопросов нет.',
  quizStudyMissed: 'Повторить пропущенные сейчас',
  quizRetryMissed: 'Пройти пропущенные ещё раз',
  quizNew: 'Новый тест',
  quizBackToResults: 'К результатам теста',

  // Weak cards
  weakTitle: 'Слабые карточки',
  weakIntro: 'Карточки, которые даются труднее всего: по забываниям, низкой вероятности вспомнить, недавним «Снова» и промахам в тестах.',
  weakNone: 'Слабых карточек нет. Они появятся здесь, когда вы ошибётесь в учёбе или в тесте.',
  weakCount: (n: number): string => `В списке ${cards(n)}`,
  weakStudyNow: 'Учить эти сейчас',
  weakStudyTitle: 'Слабые карточки',
  weakBackToList: 'К списку слабых',
  weakReasonsLabel: 'Почему в списке',
  weakReasonLapses: (n: number): string => `забыта ${times(n)}`,
  weakReasonLowRecall: (r: number): string => `вспомните с вероятностью ${formatPercent(r, 'ru')}`,
  weakReasonRecentAgain: (msAgo: number): string =>
    `«Снова» ${msAgo < DAY ? 'сегодня' : daysAgo(Math.floor(msAgo / DAY))}`,
  weakReasonQuizMisses: (n: number): string => `промахи в тестах: ${formatNumber(n, 'ru')}`,

  // Browse
  browseTitle: 'Поиск по карточкам',
  browseSearchLabel: 'Искать в вопросах и ответах',
  browseSearchPlaceholder: 'например, select_related',
  browseSearchKey: '/ — к поиску',
  browseFilters: 'Фильтры',
  browseDeck: 'Колода',
  browseAllDecks: 'Все колоды',
  browseState: 'Состояние',
  browseAnyState: 'Любое',
  stateNew: 'Новая',
  stateLearning: 'Изучается',
  stateReview: 'Повторение',
  stateRelearning: 'Переучивается',
  browseOnlyWeak: 'Только слабые',
  browseOnlyFlagged: 'Только с флажком',
  browseOnlyStarred: 'Только избранные',
  browseFound: (n: number): string => `Найдено: ${cards(n)}`,
  browseShowMore: (n: number): string => `Показать ещё ${formatNumber(n, 'ru')}`,
  browseNothingFound: 'Ничего не найдено. Попробуйте другие слова или снимите фильтры.',
  browseDue: 'Следующее повторение',
  browseNeverStudied: 'Ещё не изучалась',
  browseHistory: 'История повторений',
  browseNoHistory: 'Повторений ещё не было.',
  browseWhen: 'Когда',
  browseGrade: 'Оценка',
  browseStateBefore: 'Состояние до',
  browseSource: 'Источник',
  browseNotes: 'Замечания к заметке',
  browseNotesHint: 'Для автора заметок: код, который не разбирается, и имена, похожие на опечатки.',
  browseExport: 'Скачать флажки и избранное (.md)',
  browseExportNone: 'Помеченных карточек пока нет',
  browseMarked: (flagged: number, starred: number): string =>
    `С флажком: ${formatNumber(flagged, 'ru')} · в избранном: ${formatNumber(starred, 'ru')}`,
  dateTime,

  // Flags and stars
  markStar: 'Избранное',
  markStarred: 'В избранном',
  markFlag: 'Ошибка в карточке',
  markFlagged: 'Помечена как ошибочная',
  markNoteLabel: 'Что не так? Заметка для автора',
  markNoteKeys: 'Ctrl+Enter — сохранить · Esc — отмена',
  markSave: 'Сохранить флажок',
  markCancel: 'Отмена',
  markEdit: 'Изменить заметку',
  markRemove: 'Снять флажок',
  markNoNote: 'без заметки',
  checklistTitle: 'Карточки к исправлению',
  checklistFlagged: 'Помечены как ошибочные',
  checklistStarred: 'Избранные',
  checklistMissing: (cardId: string): string => `карточка ${cardId} (её больше нет в заметках)`,
};

export type ModesMessages = typeof modesRu;
