/**
 * Russian strings for the lazily loaded screens (src/screens/secondary-screens.ts): stats, the
 * interview plan and the countdown on home, the theme and interview date in settings.
 * Not spread into the main catalog on purpose: in it they would add ~2.3 KB gzip to the first
 * screen's JS (measured), and only lazy chunks use them. Read through useSecondaryT()
 * (src/i18n/secondary-catalog.ts); the English twin is typed against this shape.
 */
import { formatNumber, formatPercent, plural } from './format.ts';

const n = (x: number): string => formatNumber(x, 'ru');
const reviews = (x: number): string => `${n(x)} ${plural('ru', x, { one: 'повторение', few: 'повторения', many: 'повторений', other: 'повторения' })}`;
const days = (x: number): string => `${n(x)} ${plural('ru', x, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })}`;
const cards = (x: number): string => `${n(x)} ${plural('ru', x, { one: 'карточка', few: 'карточки', many: 'карточек', other: 'карточки' })}`;

export const secondaryRu = {
  statsLoading: 'Статистика загружается…',
  statsNoCards: 'Карточек пока нет — статистике нечего показать.',

  // Cards by state
  statsStatesTitle: 'Карточки по состояниям',
  stateNew: 'Новые',
  stateLearning: 'Изучаются',
  stateReview: 'На повторении',
  stateRelearning: 'Переучиваются',
  statsStatesSummary: (total: number): string => `Всего ${cards(total)}`,

  // Due forecast
  statsForecastTitle: 'Прогноз повторений на 30 дней',
  statsForecastSummary: (total: number, max: number, maxDay: string): string =>
    total === 0 ? 'В ближайшие 30 дней повторений нет' : `Всего ${cards(total)}; больше всего — ${n(max)}, ${maxDay}`,
  statsForecastToday: 'сегодня',
  statsForecastEnd: 'через 30 дней',
  statsDayColumn: 'День',
  statsCardsColumn: 'Карточек',

  // Heatmap and streak
  statsHeatmapTitle: 'Повторения за полгода',
  statsHeatmapSummary: (total: number, activeDays: number): string =>
    total === 0 ? 'За полгода повторений не было' : `${reviews(total)} за ${days(activeDays)} занятий`,
  statsStreak: (x: number): string => (x === 0 ? 'Серии пока нет: повторите хотя бы одну карточку сегодня' : `Серия: ${days(x)} подряд`),
  statsLess: 'Меньше',
  statsMore: 'Больше',
  statsMonthColumn: 'Месяц',
  statsReviewsColumn: 'Повторений',
  statsDayCell: (day: string, count: number): string => `${day}: ${reviews(count)}`,

  // True retention
  statsRetentionTitle: 'Настоящая запоминаемость',
  statsRetentionHint: 'Доля повторений карточек на повторении, где ответ был не «Снова»',
  statsRetention7: 'За 7 дней',
  statsRetention30: 'За 30 дней',
  statsRetentionValue: (ratio: number, passed: number, total: number): string => `${formatPercent(ratio, 'ru')} (${n(passed)} из ${n(total)})`,
  statsRetentionNone: 'повторений ещё не было',

  // Readiness
  statsReadinessTitle: 'Готовность',
  statsReadinessHint: 'Готовы — карточки, которые вы сейчас вспомните с вероятностью не ниже 90 %.',
  statsByDeck: 'По колодам',
  statsByTopic: 'По темам',
  statsTopicColumn: 'Тема',
  statsReadyNowColumn: 'Готово сейчас',
  statsOnTheDayColumn: 'В день собеседования',
  statsNoTopic: 'Без темы',
  statsPercent: (ratio: number): string => formatPercent(ratio, 'ru'),

  // Interview date and plan
  // Settings: theme and interview date
  settingsTheme: 'Оформление',
  themeSystem: 'Как в системе',
  themeLight: 'Светлое',
  themeDark: 'Тёмное',
  interviewDateLabel: 'Дата собеседования',
  interviewDateHint: 'По ней считаются прогноз и план повторений',
  interviewDateClear: 'Убрать дату',

  interviewTitle: 'Собеседование',
  rehearsalsTitle: 'Репетиции',
  rehearsalsNone: 'Репетиций ещё не было: ответьте на вопросы на время, как на собеседовании.',
  rehearsalsDate: 'Дата',
  rehearsalsQuestions: 'Вопросов',
  rehearsalsCoverage: 'Покрытие',
  rehearsalsTime: 'Время',
  rehearsalsTrend: (first: number, last: number, count: number): string =>
    `Покрытие ключевых моментов: ${formatPercent(first, 'ru')} в первой репетиции, ${formatPercent(last, 'ru')} в последней (всего ${n(count)})`,
  interviewNoDate: 'Укажите дату собеседования — покажем, что вы вспомните в этот день, и сколько повторять, чтобы успеть.',
  interviewCountdown: (relative: string): string => `Собеседование ${relative}`,
  interviewToday: 'Собеседование сегодня. Удачи!',
  interviewPassed: 'Дата собеседования прошла. Укажите новую в настройках.',
  interviewOnDate: (date: string): string => `Дата: ${date}`,
  interviewPlan: (topic: string, perDay: number): string =>
    `Чтобы тема «${topic}» была готова на 90 % к этому дню, делайте ${reviews(perDay)} в день`,
  interviewOnTrack: 'Все темы уже будут готовы на 90 % к этому дню',
  interviewWeakest: (topic: string, ratio: number): string => `Слабее всего тема «${topic}»: прогноз ${formatPercent(ratio, 'ru')}`,
  interviewPlanModel: 'План считает, что каждый ответ — «Хорошо»; ошибки добавят повторений.',
  interviewTodayShare: (done: number, perDay: number): string => `Сегодня по плану: ${n(done)} из ${n(perDay)}`,
  interviewPlanDone: 'План на сегодня выполнен',
};

export type SecondaryMessages = typeof secondaryRu;
