import type { Grade } from '../core/types.ts';

/**
 * The grades in button order, left to right; the 1-based position is the key (Anki's 1–4).
 * Kept here rather than taken from core/scheduler.ts so the buttons do not pull in ts-fsrs.
 */
export const GRADE_ORDER: readonly Grade[] = ['again', 'hard', 'good', 'easy'];

/** The key that gives a grade: again → "1" … easy → "4". */
export function gradeKey(grade: Grade): string {
  return String(GRADE_ORDER.indexOf(grade) + 1);
}

/** The grade a digit key gives, if any: "1" → again … "4" → easy. */
export function gradeForKey(key: string): Grade | undefined {
  return /^[1-4]$/.test(key) ? GRADE_ORDER[Number(key) - 1] : undefined;
}
