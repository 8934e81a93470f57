/**
 * Russian messages of the interview rehearsal (`#/interview`). Not in the main catalog: they travel
 * with the screen's lazy chunk (src/i18n/interview-catalog.ts); interview.en.ts has the same shape.
 */
import { formatDuration, formatNumber, formatPercent, plural } from './format.ts';

const questions = (n: number): string =>
  `${formatNumber(n, 'ru')} ${plural('ru', n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })}`;
const minutes = (s: number): string => (s < 60 ? `${s} с` : `${formatNumber(s / 60, 'ru')} мин`);

export const interviewRu = {
  interviewTitle: 'Репетиция собеседования',
  /** Over a question, beside its number: short enough for a phone. */
  interviewShortTitle: 'Репетиция',
  interviewIntro:
    'Вопросы идут в случайном порядке, чаще — слабые, просроченные и ещё не виденные. На каждый — время, как на собеседовании. Ответьте своими словами, затем откройте ответ: приложение отметит, какие ключевые моменты вы назвали.',
  interviewDecks: 'Колоды',
  interviewDeckCards: (title: string, n: number): string => `${title} (${formatNumber(n, 'ru')})`,
  interviewCount: 'Сколько вопросов',
  interviewSeconds: 'Время на вопрос',
  interviewMinutes: minutes,
  interviewStart: 'Начать репетицию',
  interviewNoDecks: 'Выберите хотя бы одну колоду.',
  interviewNoCards: 'В заметках пока нет вопросов.',

  interviewProgress: (n: number, total: number): string => `Вопрос ${formatNumber(n, 'ru')} из ${formatNumber(total, 'ru')}`,
  interviewTimerLabel: 'Осталось времени',
  interviewTimeUp: 'Время вышло. Можно закончить мысль и открыть ответ.',
  interviewOverTime: 'сверх времени',
  interviewSpeak: 'Надиктовать',
  interviewSpeakStop: 'Остановить диктовку',
  interviewSpeakFailed: 'Диктовка не сработала: проверьте доступ к микрофону.',
  interviewLeave: 'Прервать репетицию',
  interviewLeaveConfirm: 'Прервать репетицию? Выставленные оценки останутся в расписании.',
  interviewLeaveYes: 'Да, прервать',
  interviewLeaveNo: 'Продолжить',

  interviewKeyPoints: 'Ключевые моменты',
  interviewKeyPointsNone: 'В этом ответе не нашлось ключевых моментов для проверки: оцените себя сами.',
  interviewCovered: 'названо',
  interviewMissed: 'не названо',
  interviewCoverage: 'Покрытие',
  interviewCoverageOf: (covered: number, total: number): string => `${formatNumber(covered, 'ru')} из ${formatNumber(total, 'ru')}`,
  interviewTook: (ms: number): string => `Ответ занял ${formatDuration(ms, 'ru')}`,
  interviewSuggested: (grade: string): string => `Предлагаемая оценка: ${grade}`,
  interviewGradeLabel: 'Оценка ответа',
  interviewKeys: 'Оценка после ответа: 1 снова · 2 трудно · 3 хорошо · 4 легко · Пробел или Enter — предложенная · Z — отменить',

  interviewReportTitle: 'Итоги репетиции',
  interviewReportSummary: (n: number, coverage: number, ms: number): string =>
    `${questions(n)} · среднее покрытие ${formatPercent(Math.round(coverage * 100) / 100, 'ru')} · ${formatDuration(ms, 'ru')}`,
  interviewOverTimeCount: (n: number): string => `Сверх времени: ${formatNumber(n, 'ru')}`,
  interviewQuestion: 'Вопрос',
  interviewYourAnswer: 'Ваш ответ',
  interviewTime: 'Время',
  interviewGrade: 'Оценка',
  interviewWeakest: 'Слабые места',
  interviewWeakTopic: (topic: string, coverage: number, n: number): string => `${topic}: ${formatPercent(coverage, 'ru')} (${questions(n)})`,
  interviewWeakQuestion: (question: string, coverage: number): string => `${question} — ${formatPercent(coverage, 'ru')}`,
  interviewStudyMissed: 'Повторить пропущенные сейчас',
  interviewNoneMissed: 'Все ответы — на «Хорошо» и выше.',
  interviewAgain: 'Новая репетиция',
  interviewBackToReport: 'К итогам репетиции',
  interviewMissedTitle: 'Пропущенные в репетиции',
  percent: (ratio: number): string => formatPercent(ratio, 'ru'),
};
