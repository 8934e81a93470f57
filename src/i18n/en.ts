/** The English catalog. Typed as `Messages`, so a missing or extra key is a type error. */
import { formatDuration, formatNumber, formatPercent, formatRelative, plural } from './format.ts';
import type { Messages } from './ru.ts';
import { formatDate } from './format-date.ts';
import { shellEn } from './shell.en.ts';

const cards = (n: number): string =>
  `${formatNumber(n, 'en')} ${plural('en', n, { one: 'card', other: 'cards' })}`;

export const en: Messages = {
  appTitle: 'Interview flashcards',

  navLabel: 'Sections',
  navHome: 'Home',
  navStudy: 'Study',
  navQuiz: 'Quiz',
  navWeak: 'Weak',
  navBrowse: 'Browse',
  navStats: 'Stats',
  navSettings: 'Settings',

  cards,

  question: 'Question',
  answer: 'Answer',
  showAnswer: 'Show answer',
  showAnswerKeys: 'Space or Enter',
  answerShown: 'Answer shown',
  answerLoading: 'Loading the answer…',
  suspect: 'The answer may not match the question',
  remaining: (n: number): string => `${cards(n)} left`,

  gradeBarLabel: 'How well did you recall it?',
  gradeAgain: 'Again',
  gradeHard: 'Hard',
  gradeGood: 'Good',
  gradeEasy: 'Easy',
  keyHint: (key: string): string => `key ${key}`,
  undo: 'Undo grade',
  undoKeys: 'Z or Ctrl+Z',
  undone: 'Last grade undone',
  keyboardHelp: 'Space or Enter: show answer · 1–4: grade · Z: undo',

  summaryTitle: 'All done for now',
  summaryNothingDue: 'Nothing to review right now',
  summaryReviewed: (n: number): string => `Reviewed: ${cards(n)}`,
  summaryAgain: (n: number): string => `“Again”: ${formatNumber(n, 'en')}`,
  summaryTime: (ms: number): string => `Time spent: ${formatDuration(ms, 'en')}`,
  summaryNextDue: (msFromNow: number): string => `Next review ${formatRelative(msFromNow, 'en')}`,
  summaryNoneScheduled: 'No reviews scheduled',
  backHome: 'Back home',

  homeTitle: 'Decks',
  studyAll: 'Study all',
  quizHeadline: (n: number): string => `Quiz: ${formatNumber(n, 'en')} ${plural('en', n, { one: 'question', other: 'questions' })}`,
  studyDeck: (title: string): string => `Study “${title}”`,
  quizDeck: (title: string): string => `Quiz on “${title}”`,
  countNew: 'New',
  countLearning: 'Learning',
  countDue: 'Due',
  dueToday: (n: number): string => `Due today: ${cards(n)}`,
  noDecks: 'No decks yet.',
  importNotes: 'Import notes',
  interviewRehearse: 'Rehearse the interview',
  importedFrom: (name: string, at: number): string => `imported from “${name}”, ${formatDate(at, 'en', 'long')}`,
  importsUnreadable: (fault: 'unavailable' | 'full' | 'failed'): string =>
    fault === 'unavailable'
      ? 'Imported notes are unavailable: the browser’s storage is closed (as in some private windows). The built decks work.'
      : 'Some imported notes could not be read from the browser’s storage. The built decks work.',

  settingsTitle: 'Settings',
  settingsNewPerDay: 'New cards per day',
  settingsRetention: 'Desired retention',
  settingsRetentionHint: (ratio: number): string =>
    `Higher means more frequent reviews. Usually about ${formatPercent(ratio, 'en')}.`,
  settingsDayStart: 'New day starts at (hour)',
  settingsDayStartHint: 'Cards for the next day appear after this hour',
  settingsLanguage: 'Interface language',
  saved: 'Saved',

  dismiss: 'Dismiss',
  deckColumn: 'Deck',
  studyAction: 'Study',
  studyProgressLabel: 'Left in this session',
  studyCounts: (n: number, l: number, r: number): string => `New ${n} · learning ${l} · due ${r}`,
  settingsLanguageHint: 'Chosen here and remembered',
  settingsSaved: 'Settings saved',
  settingsInvalid: 'Value out of range; the previous one is kept',

  errorTitle: 'Something went wrong',
  errorRetry: 'Try again',
  errorReload: 'Reload the page',
  errorNotFound: 'No such page',
  errorDeckNotFound: (deckId: string): string => `Deck “${deckId}” not found`,
  errorChunkLoad: 'Part of the app failed to load. Check your connection and reload the page.',
  errorScreen: 'This screen could not be shown. Your progress is saved: reload the page.',
  ...shellEn,
};
