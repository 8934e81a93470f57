/** English messages of the interview rehearsal: the same shape as interview.ru.ts. */
import { formatDuration, formatNumber, formatPercent, plural } from './format.ts';
import type { interviewRu } from './interview.ru.ts';

const questions = (n: number): string => `${formatNumber(n, 'en')} ${plural('en', n, { one: 'question', other: 'questions' })}`;
const minutes = (s: number): string => (s < 60 ? `${s} s` : `${formatNumber(s / 60, 'en')} min`);

export const interviewEn: typeof interviewRu = {
  interviewTitle: 'Interview rehearsal',
  interviewShortTitle: 'Rehearsal',
  interviewIntro:
    'Questions come in random order, weak, overdue and unseen ones more often, each against the clock as in an interview. Answer in your own words, then show the answer: the app marks which key points you named.',
  interviewDecks: 'Decks',
  interviewDeckCards: (title: string, n: number): string => `${title} (${formatNumber(n, 'en')})`,
  interviewCount: 'Questions',
  interviewSeconds: 'Time per question',
  interviewMinutes: minutes,
  interviewStart: 'Start the rehearsal',
  interviewNoDecks: 'Choose at least one deck.',
  interviewNoCards: 'There are no questions in the notes yet.',

  interviewProgress: (n: number, total: number): string => `Question ${formatNumber(n, 'en')} of ${formatNumber(total, 'en')}`,
  interviewTimerLabel: 'Time left',
  interviewTimeUp: 'Time is up. Finish your thought and show the answer.',
  interviewOverTime: 'over time',
  interviewSpeak: 'Dictate',
  interviewSpeakStop: 'Stop dictating',
  interviewSpeakFailed: 'Dictation did not work: check access to the microphone.',
  interviewLeave: 'Stop the rehearsal',
  interviewLeaveConfirm: 'Stop the rehearsal? The grades given stay in the schedule.',
  interviewLeaveYes: 'Yes, stop',
  interviewLeaveNo: 'Go on',

  interviewKeyPoints: 'Key points',
  interviewKeyPointsNone: 'No key points to check were found in this answer: grade yourself.',
  interviewCovered: 'named',
  interviewMissed: 'not named',
  interviewCoverage: 'Coverage',
  interviewCoverageOf: (covered: number, total: number): string => `${formatNumber(covered, 'en')} of ${formatNumber(total, 'en')}`,
  interviewTook: (ms: number): string => `The answer took ${formatDuration(ms, 'en')}`,
  interviewSuggested: (grade: string): string => `Suggested grade: ${grade}`,
  interviewGradeLabel: 'Grade the answer',
  interviewKeys: 'Grade once the answer is shown: 1 again · 2 hard · 3 good · 4 easy · Space or Enter: the suggested one · Z: undo',

  interviewReportTitle: 'Rehearsal report',
  interviewReportSummary: (n: number, coverage: number, ms: number): string =>
    `${questions(n)} · mean coverage ${formatPercent(Math.round(coverage * 100) / 100, 'en')} · ${formatDuration(ms, 'en')}`,
  interviewOverTimeCount: (n: number): string => `Over time: ${formatNumber(n, 'en')}`,
  interviewQuestion: 'Question',
  interviewYourAnswer: 'Your answer',
  interviewTime: 'Time',
  interviewGrade: 'Grade',
  interviewWeakest: 'Weakest spots',
  interviewWeakTopic: (topic: string, coverage: number, n: number): string => `${topic}: ${formatPercent(coverage, 'en')} (${questions(n)})`,
  interviewWeakQuestion: (question: string, coverage: number): string => `${question}: ${formatPercent(coverage, 'en')}`,
  interviewStudyMissed: 'Study the missed now',
  interviewNoneMissed: 'Every answer was graded Good or better.',
  interviewAgain: 'New rehearsal',
  interviewBackToReport: 'Back to the report',
  interviewMissedTitle: 'Missed in the rehearsal',
  percent: (ratio: number): string => formatPercent(ratio, 'en'),
};
