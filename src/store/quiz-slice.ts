/**
 * Quizzes: one per deck, in progress or finished, kept across reloads (app-store.ts saves them),
 * and each card's quiz misses, which rank weak cards. A quiz grade goes through the same FSRS
 * scheduler as a study grade, so a quiz counts as a review.
 * Z takes a quiz grade back as it takes back a study grade (src/store/grade-history.ts).
 */
import { answerQuiz, createQuiz, currentQuizCard, missedAgainQuiz, revealQuiz, undoQuizAnswer, withDraft, withMiss } from '../core/quiz.ts';
import type { QuizData } from '../core/quiz-codec.ts';
import type { Scheduler } from '../core/scheduler.ts';
import type { Grade, QuizMisses, QuizOrder, QuizState } from '../core/types.ts';
import type { AppSliceCreator, AppState } from './app-state.ts';
import { createGradeHistory } from './grade-history.ts';

export interface QuizSlice {
  /** Each deck's quiz, by deck id. */
  quizzes: ReadonlyMap<string, QuizState>;
  /** Each card's misses in quizzes, by card id. */
  quizMisses: ReadonlyMap<string, QuizMisses>;
  /** How many quiz grades Z can take back, and in which deck's quiz. */
  quizUndo: { deckId: string; depth: number } | null;
  /** Start a quiz on a deck over all its cards, replacing the one there was. */
  startQuiz: (deckId: string, options: { order: QuizOrder; typeAnswers: boolean }, now: number) => void;
  /** Ask the same questions again from the first (a re-run of missed ones stays one). */
  restartQuiz: (deckId: string, now: number) => void;
  /** Start a quiz of the questions missed in the deck's finished quiz. */
  retryMissedQuiz: (deckId: string, now: number) => void;
  /** Forget the deck's quiz (its grades stay in FSRS). */
  discardQuiz: (deckId: string) => void;
  /** Keep the answer being typed. */
  saveQuizDraft: (deckId: string, typed: string) => void;
  /** Show the answer, with what was typed. */
  revealQuizAnswer: (deckId: string, typed?: string) => void;
  /** Grade the question on screen (in FSRS too) and move on. */
  gradeQuiz: (deckId: string, grade: Grade, now: number) => void;
  /** Take back the last quiz grade: the card's progress, its miss count and the quiz step. */
  undoQuizGrade: (deckId: string, now: number) => void;
  /** When the card would be due after each grade (epoch ms), for the button labels. */
  quizPreview: (cardId: string, now: number) => Record<Grade, number>;
}

export interface QuizDeps {
  scheduler: (state: AppState) => Scheduler;
  /** Shuffling's randomness; tests pass a seeded one. */
  random?: () => number;
}

/** The quiz slice, starting from what storage gave back (already fitted to the notes). */
export function createQuizSlice(initial: QuizData, deps: QuizDeps): AppSliceCreator<QuizSlice> {
  const random = deps.random ?? Math.random;
  /** Each step keeps the card's quiz misses from before the grade. */
  const history = createGradeHistory<QuizMisses | undefined>();

  return (set, get) => {
    /** The state change that puts `quiz` (and `extra`) in place. */
    const withQuiz = (quiz: QuizState, extra: Partial<QuizSlice> = {}): Partial<QuizSlice> => {
      const quizzes = new Map(get().quizzes);
      quizzes.set(quiz.deckId, quiz);
      return { quizzes, ...extra };
    };
    const putQuiz = (quiz: QuizState, extra: Partial<QuizSlice> = {}): void => set(withQuiz(quiz, extra));
    const resetUndo = (): Pick<QuizSlice, 'quizUndo'> => {
      history.clear();
      return { quizUndo: null };
    };
    const deckCardIds = (deckId: string): string[] => get().collection.cards.filter((c) => c.deck === deckId).map((c) => c.id);

    return {
      quizzes: initial.quizzes,
      quizMisses: initial.misses,
      quizUndo: null,

      startQuiz(deckId, options, now) {
        putQuiz(createQuiz({ deckId, cardIds: deckCardIds(deckId), ...options }, now, random), resetUndo());
      },

      restartQuiz(deckId, now) {
        const quiz = get().quizzes.get(deckId);
        if (!quiz) return;
        const { cardIds, order, typeAnswers, round } = quiz;
        putQuiz(createQuiz({ deckId, cardIds, order, typeAnswers, round }, now, random), resetUndo());
      },

      retryMissedQuiz(deckId, now) {
        const quiz = get().quizzes.get(deckId);
        if (quiz) putQuiz(missedAgainQuiz(quiz, now, random), resetUndo());
      },

      discardQuiz(deckId) {
        if (!get().quizzes.has(deckId)) return;
        const quizzes = new Map(get().quizzes);
        quizzes.delete(deckId);
        set({ quizzes, ...resetUndo() });
      },

      saveQuizDraft(deckId, typed) {
        const quiz = get().quizzes.get(deckId);
        if (quiz && withDraft(quiz, typed) !== quiz) putQuiz(withDraft(quiz, typed));
      },

      revealQuizAnswer(deckId, typed) {
        const quiz = get().quizzes.get(deckId);
        if (quiz && !quiz.revealed) putQuiz(revealQuiz(quiz, typed ?? quiz.draft));
      },

      gradeQuiz(deckId, grade, now) {
        const s = get();
        const quiz = s.quizzes.get(deckId);
        const cardId = quiz && currentQuizCard(quiz);
        if (!quiz || cardId === undefined || !quiz.revealed) return;
        const scheduler = deps.scheduler(s);
        const result = scheduler.grade(s.progress.get(cardId)?.sched ?? scheduler.newCardState(now), grade, now);
        // A grade in another deck's quiz starts a history of its own.
        if (s.quizUndo?.deckId !== deckId) history.clear();
        history.grade(s, cardId, result, s.quizMisses.get(cardId), () =>
          withQuiz(answerQuiz(quiz, grade, now), { quizMisses: withMiss(s.quizMisses, cardId, grade, now), quizUndo: { deckId, depth: history.depth } }),
        );
      },

      undoQuizGrade(deckId, now) {
        const s = get();
        const current = s.quizzes.get(deckId);
        if (!current || s.quizUndo?.deckId !== deckId) return;
        history.undo(s, ({ cardId, extra: misses }) => {
          const quizMisses = new Map(s.quizMisses);
          if (misses) quizMisses.set(cardId, misses);
          else quizMisses.delete(cardId);
          const quizUndo = history.depth > 0 ? { deckId, depth: history.depth } : null;
          return withQuiz(undoQuizAnswer(current, now), { quizMisses, quizUndo });
        });
      },

      quizPreview(cardId, now) {
        const s = get();
        const scheduler = deps.scheduler(s);
        return scheduler.previewIntervals(s.progress.get(cardId)?.sched ?? scheduler.newCardState(now), now);
      },
    };
  };
}
