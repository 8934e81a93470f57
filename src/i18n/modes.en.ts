/** English messages of the interview modes (issue 4); typed against the Russian ones. */
import { formatDuration, formatNumber, formatPercent, plural } from './format.ts';
import type { modesRu } from './modes.ru.ts';

const cards = (n: number): string => `${formatNumber(n, 'en')} ${plural('en', n, { one: 'card', other: 'cards' })}`;
const questions = (n: number): string => `${formatNumber(n, 'en')} ${plural('en', n, { one: 'question', other: 'questions' })}`;
const times = (n: number): string => (n === 1 ? 'once' : `${formatNumber(n, 'en')} times`);

// Built on first use, not at start-up: only browse and the weak list need them.
let dateTimeFormat: Intl.DateTimeFormat | undefined;
let agoFormat: Intl.RelativeTimeFormat | undefined;
const dateTime = (ms: number): string => (dateTimeFormat ??= new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })).format(ms);
const daysAgo = (days: number): string => (agoFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' })).format(-days, 'day');
const DAY = 86_400_000;

export const modesEn: typeof modesRu = {
  quizTitle: (deck: string): string => `Quiz: ${deck}`,
  quizIntro: 'One question at a time. Recall the answer, reveal it and grade yourself honestly: the grades go into your review schedule.',
  quizQuestions: questions,
  quizOrderLabel: 'Question order',
  quizOrderInOrder: 'In order',
  quizOrderShuffled: 'Shuffled',
  quizTypeAnswers: 'Type my answer first',
  quizTypeAnswersHint: 'Your answer is shown beside the one from the notes; you do the grading.',
  quizStart: 'Start the quiz',
  quizEmptyDeck: 'This deck has no questions.',

  quizProgress: (n: number, total: number): string => `Question ${formatNumber(n, 'en')} of ${formatNumber(total, 'en')}`,
  quizMissedRound: 'Missed questions again',
  quizRestart: 'Start over',
  quizRestartConfirm: 'Start the quiz over? Grades already given stay in your schedule.',
  quizRestartYes: 'Yes, start over',
  quizRestartNo: 'Continue the quiz',
  quizYourAnswer: 'Your answer',
  quizModelAnswer: 'Answer from the notes',
  quizTypeKeys: 'Ctrl+Enter: show answer · Esc: leave the field',
  quizNothingTyped: 'Nothing typed',
  quizGradeBarLabel: 'How did you do?',
  quizGradeMissed: 'Missed',
  quizGradeShaky: 'Shaky',
  quizGradeKnew: 'Knew it',
  quizGradeEasy: 'Easy',
  quizKeyboardHelp: 'Space or Enter: show answer · 1 missed · 2 shaky · 3 knew · 4 easy · Z: undo',

  quizResultsTitle: 'Quiz results',
  quizScore: (known: number, total: number): string =>
    `Known: ${formatNumber(known, 'en')} of ${formatNumber(total, 'en')} (${formatPercent(total === 0 ? 0 : Math.round((100 * known) / total) / 100, 'en')})`,
  quizScoreShaky: (n: number): string => `Shaky: ${formatNumber(n, 'en')}`,
  quizScoreMissed: (n: number): string => `Missed: ${formatNumber(n, 'en')}`,
  quizTime: (ms: number): string => `Time: ${formatDuration(ms, 'en')}`,
  quizMissedTitle: 'Missed questions',
  quizNoneMissed: 'No missed questions.',
  quizStudyMissed: 'Review the missed now',
  quizRetryMissed: 'Quiz the missed again',
  quizNew: 'New quiz',
  quizBackToResults: 'Back to the results',

  weakTitle: 'Weak cards',
  weakIntro: 'The cards you find hardest: by lapses, low chance of recall, recent “Again” and misses in quizzes.',
  weakNone: 'No weak cards. They appear here once you miss something in study or in a quiz.',
  weakCount: (n: number): string => `${cards(n)} listed`,
  weakStudyNow: 'Study these now',
  weakStudyTitle: 'Weak cards',
  weakBackToList: 'Back to weak cards',
  weakReasonsLabel: 'Why it is listed',
  weakReasonLapses: (n: number): string => `forgotten ${times(n)}`,
  weakReasonLowRecall: (r: number): string => `${formatPercent(r, 'en')} chance of recall`,
  weakReasonRecentAgain: (msAgo: number): string =>
    `“Again” ${msAgo < DAY ? 'today' : daysAgo(Math.floor(msAgo / DAY))}`,
  weakReasonQuizMisses: (n: number): string => `missed in quizzes: ${formatNumber(n, 'en')}`,

  browseTitle: 'Browse cards',
  browseSearchLabel: 'Search questions and answers',
  browseSearchPlaceholder: 'e.g. select_related',
  browseSearchKey: '/: search',
  browseFilters: 'Filters',
  browseDeck: 'Deck',
  browseAllDecks: 'All decks',
  browseState: 'State',
  browseAnyState: 'Any',
  stateNew: 'New',
  stateLearning: 'Learning',
  stateReview: 'Review',
  stateRelearning: 'Relearning',
  browseOnlyWeak: 'Weak only',
  browseOnlyFlagged: 'Flagged only',
  browseOnlyStarred: 'Starred only',
  browseFound: (n: number): string => `Found: ${cards(n)}`,
  browseShowMore: (n: number): string => `Show ${formatNumber(n, 'en')} more`,
  browseNothingFound: 'Nothing found. Try other words or clear the filters.',
  browseDue: 'Next review',
  browseNeverStudied: 'Not studied yet',
  browseHistory: 'Review history',
  browseNoHistory: 'No reviews yet.',
  browseWhen: 'When',
  browseGrade: 'Grade',
  browseStateBefore: 'State before',
  browseSource: 'Source',
  browseNotes: 'Remarks on the notes',
  browseNotesHint: 'For the author of the notes: code that does not parse, and names that look like typos.',
  browseExport: 'Download flags and stars (.md)',
  browseExportNone: 'No marked cards yet',
  browseMarked: (flagged: number, starred: number): string =>
    `Flagged: ${formatNumber(flagged, 'en')} · starred: ${formatNumber(starred, 'en')}`,
  dateTime,

  markStar: 'Star',
  markStarred: 'Starred',
  markFlag: 'Report a mistake',
  markFlagged: 'Flagged as wrong',
  markNoteLabel: 'What is wrong? A note for the author',
  markNoteKeys: 'Ctrl+Enter: save · Esc: cancel',
  markSave: 'Save flag',
  markCancel: 'Cancel',
  markEdit: 'Edit note',
  markRemove: 'Remove flag',
  markNoNote: 'no note',
  checklistTitle: 'Cards to fix',
  checklistFlagged: 'Flagged as wrong',
  checklistStarred: 'Starred',
  checklistMissing: (cardId: string): string => `card ${cardId} (no longer in the notes)`,
};
