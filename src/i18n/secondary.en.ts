/** English strings for the lazily loaded screens; see secondary.ru.ts. */
import { formatNumber, formatPercent, plural } from './format.ts';
import type { SecondaryMessages } from './secondary.ru.ts';

const n = (x: number): string => formatNumber(x, 'en');
const reviews = (x: number): string => `${n(x)} ${plural('en', x, { one: 'review', other: 'reviews' })}`;
const days = (x: number): string => `${n(x)} ${plural('en', x, { one: 'day', other: 'days' })}`;
const cards = (x: number): string => `${n(x)} ${plural('en', x, { one: 'card', other: 'cards' })}`;

export const secondaryEn: SecondaryMessages = {
  statsLoading: 'Loading the stats…',
  statsNoCards: 'No cards yet, so there is nothing to show.',

  statsStatesTitle: 'Cards by state',
  stateNew: 'New',
  stateLearning: 'Learning',
  stateReview: 'Review',
  stateRelearning: 'Relearning',
  statsStatesSummary: (total: number): string => `${cards(total)} in all`,

  statsForecastTitle: 'Reviews due in the next 30 days',
  statsForecastSummary: (total: number, max: number, maxDay: string): string =>
    total === 0 ? 'Nothing due in the next 30 days' : `${cards(total)} in all; the busiest day has ${n(max)}, ${maxDay}`,
  statsForecastToday: 'today',
  statsForecastEnd: 'in 30 days',
  statsDayColumn: 'Day',
  statsCardsColumn: 'Cards',

  statsHeatmapTitle: 'Reviews over six months',
  statsHeatmapSummary: (total: number, activeDays: number): string =>
    total === 0 ? 'No reviews in six months' : `${reviews(total)} on ${days(activeDays)} of study`,
  statsStreak: (x: number): string => (x === 0 ? 'No streak yet: review a card today to start one' : `Streak: ${days(x)} in a row`),
  statsLess: 'Less',
  statsMore: 'More',
  statsMonthColumn: 'Month',
  statsReviewsColumn: 'Reviews',
  statsDayCell: (day: string, count: number): string => `${day}: ${reviews(count)}`,

  statsRetentionTitle: 'True retention',
  statsRetentionHint: 'The share of reviews of cards in review that were not answered “Again”',
  statsRetention7: 'Last 7 days',
  statsRetention30: 'Last 30 days',
  statsRetentionValue: (ratio: number, passed: number, total: number): string => `${formatPercent(ratio, 'en')} (${n(passed)} of ${n(total)})`,
  statsRetentionNone: 'no reviews yet',

  statsReadinessTitle: 'Readiness',
  statsReadinessHint: 'Ready means you would recall the card now with a probability of at least 90%.',
  statsByDeck: 'By deck',
  statsByTopic: 'By topic',
  statsTopicColumn: 'Topic',
  statsReadyNowColumn: 'Ready now',
  statsOnTheDayColumn: 'On interview day',
  statsNoTopic: 'No topic',
  statsPercent: (ratio: number): string => formatPercent(ratio, 'en'),

  // Settings: theme and interview date
  settingsTheme: 'Theme',
  themeSystem: 'Same as the system',
  themeLight: 'Light',
  themeDark: 'Dark',
  interviewDateLabel: 'Interview date',
  interviewDateHint: 'The forecast and the review plan count towards it',
  interviewDateClear: 'Clear the date',

  interviewTitle: 'Interview',
  rehearsalsTitle: 'Rehearsals',
  rehearsalsNone: 'No rehearsals yet: answer questions against the clock, as in an interview.',
  rehearsalsDate: 'Date',
  rehearsalsQuestions: 'Questions',
  rehearsalsCoverage: 'Coverage',
  rehearsalsTime: 'Time',
  rehearsalsTrend: (first: number, last: number, count: number): string =>
    `Key points covered: ${formatPercent(first, 'en')} in the first rehearsal, ${formatPercent(last, 'en')} in the latest (${formatNumber(count, 'en')} in all)`,
  interviewNoDate: 'Set your interview date to see what you will recall on the day and how much to review to get there.',
  interviewCountdown: (relative: string): string => `Interview ${relative}`,
  interviewToday: 'The interview is today. Good luck!',
  interviewPassed: 'The interview date has passed. Set a new one in settings.',
  interviewOnDate: (date: string): string => `Date: ${date}`,
  interviewPlan: (topic: string, perDay: number): string =>
    `To have “${topic}” 90% ready by then, do ${reviews(perDay)} a day`,
  interviewOnTrack: 'Every topic will be 90% ready by then',
  interviewWeakest: (topic: string, ratio: number): string => `Weakest topic: “${topic}”, forecast ${formatPercent(ratio, 'en')}`,
  interviewPlanModel: 'The plan assumes every answer is “Good”; mistakes add reviews.',
  interviewTodayShare: (done: number, perDay: number): string => `Today's plan: ${n(done)} of ${n(perDay)}`,
  interviewPlanDone: "Today's plan is done",
};
