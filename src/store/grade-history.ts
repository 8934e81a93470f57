/**
 * Grading a card so that it can be taken back: what a study grade and a quiz grade share. Each
 * grade keeps the card's record from before it, and an undo puts that record back exactly (a card
 * never graded before loses its record again). The history lives in the slice's closure, not in
 * the state: it holds records to put back, nothing renders from it, and it is not persisted (after
 * a reload there is nothing to undo, as in Anki).
 */
import { withReview } from '../core/card-record.ts';
import type { GradeResult } from '../core/scheduler.ts';
import type { CardProgress } from '../core/types.ts';

/** The progress after the change, for working out what follows from it. */
type Progress = ReadonlyMap<string, CardProgress>;
import type { AppState } from './app-state.ts';

/** How far back Z reaches, in a study session and in a quiz (Anki keeps a similar depth). */
export const UNDO_LIMIT = 50;

/** One grade that can be taken back, with what its slice needs to restore besides the record. */
export interface GradeStep<Extra> {
  cardId: string;
  /** The card's record before the grade; undefined for a card never graded. */
  prev: CardProgress | undefined;
  extra: Extra;
}

export interface GradeHistory<Extra> {
  /**
   * Apply `result` to the card's record and remember the record before it. `andThen` works out
   * the rest of the change from the new progress (the next card, the quiz's next step): it lands
   * in the same update.
   */
  grade(state: AppState, cardId: string, result: GradeResult, extra: Extra, andThen: (progress: Progress) => Partial<AppState>): void;
  /**
   * Take back the last grade: its record goes back, and `andThen` (given the step) works out the
   * rest, in the same update. Returns the step, or undefined when there is nothing to undo.
   */
  undo(state: AppState, andThen: (step: GradeStep<Extra>, progress: Progress) => Partial<AppState>): GradeStep<Extra> | undefined;
  /** How many grades can be taken back. */
  readonly depth: number;
  /** Whether a step would put back a record of this card. */
  holds(cardId: string): boolean;
  clear(): void;
}

/** An empty history, reaching back at most `limit` grades. */
export function createGradeHistory<Extra>(limit = UNDO_LIMIT): GradeHistory<Extra> {
  let steps: GradeStep<Extra>[] = [];
  return {
    grade(state, cardId, result, extra, andThen) {
      const prev = state.progress.get(cardId);
      steps.push({ cardId, prev, extra });
      if (steps.length > limit) steps.shift();
      state.setCardProgress(cardId, withReview(prev, result.state, result.log), andThen);
    },
    undo(state, andThen) {
      const step = steps.pop();
      if (step) state.setCardProgress(step.cardId, step.prev, (progress) => andThen(step, progress));
      return step;
    },
    get depth() {
      return steps.length;
    },
    holds: (cardId) => steps.some((step) => step.cardId === cardId),
    clear() {
      steps = [];
    },
  };
}
