/**
 * A self-quiz on one deck: ask every question once, in the notes' order or shuffled, reveal,
 * self-grade. Pure: every function returns a new QuizState and takes `now` (and, to shuffle, a
 * random source) as parameters. Grading the card in FSRS is the store's job; this only keeps
 * the quiz's own record: position, grades, typed answers, time.
 */
import type { Grade, QuizAnswer, QuizMisses, QuizOrder, QuizRound, QuizState } from './types.ts';

/**
 * Time on one question counts at most this much: typing an answer can take minutes, but a learner
 * who leaves the tab open over lunch has not been answering for an hour. (The study session caps at
 * 60 s, as Anki does; a typed answer needs more.)
 */
export const MAX_QUESTION_MS = 5 * 60_000;

/** What starting a quiz needs. */
export interface QuizSetup {
  deckId: string;
  cardIds: readonly string[];
  order: QuizOrder;
  typeAnswers: boolean;
  round?: QuizRound;
}

/** A Fisher–Yates shuffle with the given source of randomness (Math.random in the app, a seeded one in tests). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A new quiz, on its first question. */
export function createQuiz(setup: QuizSetup, now: number, random: () => number): QuizState {
  return {
    deckId: setup.deckId,
    cardIds: setup.order === 'shuffled' ? shuffled(setup.cardIds, random) : [...setup.cardIds],
    order: setup.order,
    round: setup.round ?? 'full',
    typeAnswers: setup.typeAnswers,
    answers: [],
    revealed: false,
    draft: '',
    startedAt: now,
    shownAt: now,
  };
}

/** The question on screen, or undefined once every question is answered. */
export function currentQuizCard(quiz: QuizState): string | undefined {
  return quiz.cardIds[quiz.answers.length];
}

/** Whether every question has been answered (the results screen). */
export function isQuizDone(quiz: QuizState): boolean {
  return quiz.answers.length >= quiz.cardIds.length;
}

/** Show the answer; the typed text, if any, is kept as the draft so it shows beside the answer. */
export function revealQuiz(quiz: QuizState, typed: string = quiz.draft): QuizState {
  if (quiz.revealed || isQuizDone(quiz)) return quiz;
  return { ...quiz, revealed: true, draft: typed };
}

/** Keep the answer being typed (it survives a reload). */
export function withDraft(quiz: QuizState, typed: string): QuizState {
  return quiz.draft === typed || quiz.revealed ? quiz : { ...quiz, draft: typed };
}

/** Record the grade for the question on screen (its answer must be shown) and move to the next. */
export function answerQuiz(quiz: QuizState, grade: Grade, now: number): QuizState {
  const cardId = currentQuizCard(quiz);
  if (cardId === undefined || !quiz.revealed) return quiz;
  const typed = quiz.typeAnswers && quiz.draft.trim() !== '' ? quiz.draft : undefined;
  const ms = Math.min(Math.max(0, now - quiz.shownAt), MAX_QUESTION_MS);
  const answer: QuizAnswer = typed === undefined ? { cardId, grade, ms } : { cardId, grade, typed, ms };
  return { ...quiz, answers: [...quiz.answers, answer], revealed: false, draft: '', shownAt: now };
}

/** Take back the last grade: its question is shown again, unrevealed, with what was typed. */
export function undoQuizAnswer(quiz: QuizState, now: number): QuizState {
  const last = quiz.answers[quiz.answers.length - 1];
  if (!last) return quiz;
  // The time already spent on it is given back, so it is not counted twice.
  return { ...quiz, answers: quiz.answers.slice(0, -1), revealed: false, draft: last.typed ?? '', shownAt: now - last.ms };
}

/** A quiz of the questions missed in `quiz`, in the same order option (reshuffled if shuffled). */
export function missedAgainQuiz(quiz: QuizState, now: number, random: () => number): QuizState {
  return createQuiz({ deckId: quiz.deckId, cardIds: missedIds(quiz), order: quiz.order, typeAnswers: quiz.typeAnswers, round: 'missed' }, now, random);
}

/** Cards graded 1 (missed), in the order asked. */
export function missedIds(quiz: QuizState): string[] {
  return quiz.answers.filter((a) => a.grade === 'again').map((a) => a.cardId);
}

/** What the results screen shows. */
export interface QuizScore {
  total: number;
  answered: number;
  /** Graded 1. */
  missed: number;
  /** Graded 2. */
  shaky: number;
  /** Graded 3 or 4: the score. */
  known: number;
  /** Time spent, each question capped at MAX_QUESTION_MS. */
  timeMs: number;
}

/** The score so far. */
export function quizScore(quiz: QuizState): QuizScore {
  const score: QuizScore = { total: quiz.cardIds.length, answered: quiz.answers.length, missed: 0, shaky: 0, known: 0, timeMs: 0 };
  for (const a of quiz.answers) {
    if (a.grade === 'again') score.missed += 1;
    else if (a.grade === 'hard') score.shaky += 1;
    else score.known += 1;
    score.timeMs += a.ms;
  }
  return score;
}

/**
 * Fit a stored quiz to the notes as they are now: questions that left the notes are dropped
 * (answered ones too: their card is gone), the rest keep their order and grades. The current
 * question is shown afresh from `now`. Returns the quiz unchanged when nothing is missing.
 */
export function reconcileQuiz(quiz: QuizState, exists: (cardId: string) => boolean, now: number): QuizState {
  const fresh = { ...quiz, shownAt: now };
  if (quiz.cardIds.every(exists)) return fresh;
  const answers = quiz.answers.filter((a) => exists(a.cardId));
  const current = currentQuizCard(quiz);
  const stillHere = current !== undefined && exists(current);
  return {
    ...fresh,
    cardIds: quiz.cardIds.filter(exists),
    answers,
    revealed: stillHere && quiz.revealed,
    draft: stillHere ? quiz.draft : '',
  };
}

/** The misses after a quiz grade: a grade of 1 counts one more miss for the card. */
export function withMiss(misses: ReadonlyMap<string, QuizMisses>, cardId: string, grade: Grade, now: number): ReadonlyMap<string, QuizMisses> {
  if (grade !== 'again') return misses;
  const next = new Map(misses);
  next.set(cardId, { count: (misses.get(cardId)?.count ?? 0) + 1, last: now });
  return next;
}
