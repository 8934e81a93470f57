import { GRADES } from '../core/types.ts';
import type { Grade } from '../core/types.ts';

/** The key that gives a grade: its 1-based position in GRADES (Anki's 1–4), again → "1" … easy → "4". */
export function gradeKey(grade: Grade): string {
  return String(GRADES.indexOf(grade) + 1);
}

/** The grade a digit key gives, if any: "1" → again … "4" → easy. */
export function gradeForKey(key: string): Grade | undefined {
  return /^[1-4]$/.test(key) ? GRADES[Number(key) - 1] : undefined;
}
