import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/index.ts';
import { LazyMarkdownAnswer } from './lazy-markdown-answer.tsx';

export interface CardViewProps {
  /** Plain text. */
  question: string;
  /** Markdown; rendered only once revealed. */
  answer: string;
  revealed: boolean;
  /** Called by the "show answer" button or a tap on the card. Keyboard shortcuts live in useStudyKeys. */
  onReveal: () => void;
  /** Where the card comes from, e.g. the deck title or the topic. */
  label?: string;
  /** The content audit's reason for doubting the answer; shows a small warning next to it. */
  suspect?: string;
}

/**
 * One flashcard: the question, then the answer once revealed.
 * Presentational only: the screen owns `revealed` and wires the keys.
 */
export function CardView({ question, answer, revealed, onReveal, label, suspect }: CardViewProps) {
  const t = useT();
  const answerRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const labelId = useId();
  const hintId = useId();

  // The reveal button disappears on reveal, which would drop keyboard focus to <body>;
  // move it to the answer instead so Tab continues from there and screen readers land on it.
  useEffect(() => {
    const active = document.activeElement;
    if (revealed && (active === null || active === document.body || (active instanceof Node && questionRef.current?.contains(active)))) {
      answerRef.current?.focus({ preventScroll: true });
    }
  }, [revealed]);

  // A new card replaces the graded one, and the grade button that had focus goes with it: put focus
  // on the new question, so a screen reader reads it out and Tab goes on to "show answer".
  useEffect(() => {
    const active = document.activeElement;
    if (!revealed && (active === null || active === document.body)) questionRef.current?.focus({ preventScroll: true });
    // Only when the card first appears (the screen keys the card view by card).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const revealOnTap = () => {
    // Selecting part of the question to copy it is not a request to see the answer.
    const selection = window.getSelection();
    if (selection !== null && !selection.isCollapsed) return;
    onReveal();
  };

  return (
    <section className="card-view" aria-label={t.question}>
      <div className={revealed ? 'card' : 'card card--hidden-answer'} onClick={revealed ? undefined : revealOnTap}>
        {label ? <p className="card-label">{label}</p> : null}
        <h2 className="card-question" data-testid="card-question" ref={questionRef} tabIndex={-1}>
          {question}
        </h2>
        {revealed ? (
          <div className="card-answer" data-testid="card-answer" ref={answerRef} tabIndex={-1} aria-label={t.answer}>
            {suspect !== undefined ? (
              <p className="card-suspect" title={suspect || undefined}>
                <span aria-hidden="true">⚠ </span>
                {t.suspect}
              </p>
            ) : null}
            <LazyMarkdownAnswer markdown={answer} />
          </div>
        ) : null}
      </div>
      {revealed ? null : (
        <button
          type="button"
          className="reveal-button"
          onClick={onReveal}
          aria-labelledby={labelId}
          aria-describedby={hintId}
          aria-keyshortcuts="Space Enter"
        >
          <span id={labelId}>{t.showAnswer}</span>
          <kbd id={hintId} className="key-hint">
            {t.showAnswerKeys}
          </kbd>
        </button>
      )}
      {/* Always in the DOM, so that filling it is announced. */}
      <p className="sr-only" role="status">
        {revealed ? t.answerShown : ''}
      </p>
    </section>
  );
}
