import { memo } from 'react';
import { formatInterval, useT } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import { gradeLabel } from './labels.ts';
import type { Grade } from '../core/types.ts';
import { wholeMinute } from '../core/time.ts';
import { GRADES } from '../core/types.ts';
import { gradeKey } from './grade-keys.ts';

export interface GradeBarProps {
  /** The formatted interval each grade would schedule, e.g. from `formatInterval(ms, lang)`. */
  intervals: Readonly<Record<Grade, string>>;
  onGrade: (grade: Grade) => void;
  /** E.g. while a grade is being saved. */
  disabled?: boolean;
  /** Other words for the grades (a quiz says "missed … easy"); the keys stay 1–4. */
  labels?: Readonly<Record<Grade, string>>;
  /** The group's accessible name; defaults to the study question. */
  label?: string;
  /** A grade to set apart as the one suggested (the interview rehearsal's, from coverage and time). */
  suggested?: Grade;
}

/**
 * The buttons' interval labels for a card shown at `shownAt`, from the due time each grade gives.
 * Due times are kept to whole minutes (src/core/scheduler.ts); they are measured from the same
 * minute, or a 1-minute step would read "<1 мин".
 */
export function intervalLabels(dueAfter: Readonly<Record<Grade, number>>, shownAt: number, lang: Lang): Record<Grade, string> {
  const from = wholeMinute(shownAt);
  return {
    again: formatInterval(dueAfter.again - from, lang),
    hard: formatInterval(dueAfter.hard - from, lang),
    good: formatInterval(dueAfter.good - from, lang),
    easy: formatInterval(dueAfter.easy - from, lang),
  };
}

/**
 * Anki's four answer buttons, each with the interval it would give and its key.
 * The buttons share the row equally, so the bar fits a 360px screen without scrolling sideways.
 * Clicks only; the 1–4 keys are handled by useStudyKeys so they work wherever focus is.
 */
export function GradeBar({ intervals, onGrade, disabled = false, labels, label, suggested }: GradeBarProps) {
  const t = useT();
  return (
    <div className="grade-bar" role="group" aria-label={label ?? t.gradeBarLabel}>
      <GradeButtons intervals={intervals} onGrade={onGrade} disabled={disabled} labels={labels} suggested={suggested} />
    </div>
  );
}

/**
 * The four buttons. Each one's accessible name is what it shows, grade, interval and key (WCAG 2.5.3,
 * Label in Name: a voice user says what they see).
 */
const GradeButtons = memo(function GradeButtons({ intervals, onGrade, disabled, labels, suggested }: Pick<GradeBarProps, 'intervals' | 'onGrade' | 'disabled' | 'labels' | 'suggested'>) {
  const t = useT();
  return (
    <>
      {GRADES.map((grade) => {
        const key = gradeKey(grade);
        return (
          <button
            key={grade}
            type="button"
            className={`grade-button grade-button--${grade}${grade === suggested ? ' grade-button--suggested' : ''}`}
            disabled={disabled}
            onClick={() => onGrade(grade)}
            aria-keyshortcuts={key}
          >
            <span className="grade-label">{labels?.[grade] ?? gradeLabel(t, grade)}</span>{' '}
            <span className="grade-meta">
              <span className="grade-interval">{intervals[grade]}</span> <kbd className="key-hint">{key}</kbd>
            </span>
          </button>
        );
      })}
    </>
  );
});
