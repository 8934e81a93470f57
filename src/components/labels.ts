/**
 * Words for grades and card states. Catalogs word them for their screen ("Новая" for a card in
 * browse, "Новые" for a count in stats), so these take any catalog that has the four keys.
 */
import type { CardState, Grade } from '../core/types.ts';

type StateWords = Readonly<Record<'stateNew' | 'stateLearning' | 'stateReview' | 'stateRelearning', string>>;
type GradeWords = Readonly<Record<'gradeAgain' | 'gradeHard' | 'gradeGood' | 'gradeEasy', string>>;

const STATE_KEYS = { new: 'stateNew', learning: 'stateLearning', review: 'stateReview', relearning: 'stateRelearning' } as const;
const GRADE_KEYS = { again: 'gradeAgain', hard: 'gradeHard', good: 'gradeGood', easy: 'gradeEasy' } as const;

/** A card state's word in the given catalog. */
export function stateLabel(t: StateWords, state: CardState): string {
  return t[STATE_KEYS[state]];
}

/** A grade's button label in the given catalog. */
export function gradeLabel(t: GradeWords, grade: Grade): string {
  return t[GRADE_KEYS[grade]];
}
