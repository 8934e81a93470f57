import { useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
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
  /** Changes when another card (or the same card again) is shown: the view stays, its content changes. */
  cardKey?: string;
  /** Shown under the revealed answer (its corrections). */
  children?: ReactNode;
}

/** Whether keyboard focus has gone to the page: the element that had it was removed. */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/**
 * One flashcard: the question, then the answer once revealed.
 * Presentational only: the screen owns `revealed` and wires the keys.
 */
export function CardView({ question, answer, revealed, onReveal, label, suspect, cardKey, children }: CardViewProps) {
  const t = useT();
  const cardRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);

  // The reveal button disappears on reveal, which would drop keyboard focus to <body>; move it to
  // the card instead, so Tab continues from there and screen readers land on question and answer.
  // The card, not the answer: the card stays from one question to the next, the answer does not.
  useLayoutEffect(() => {
    if (revealed && (focusLost() || questionRef.current?.contains(document.activeElement))) cardRef.current?.focus({ preventScroll: true });
  }, [revealed]);

  // A new card replaces the graded one, and a grade button that had focus goes with it: put focus
  // on the new question, so a screen reader reads it out and Tab goes on to "show answer".
  useLayoutEffect(() => {
    if (focusLost()) questionRef.current?.focus({ preventScroll: true });
  }, [cardKey]);

  const revealOnTap = () => {
    // Selecting part of the question to copy it is not a request to see the answer.
    const selection = window.getSelection();
    if (selection !== null && !selection.isCollapsed) return;
    onReveal();
  };

  return (
    <section className="card-view" aria-label={t.question}>
      <div className={revealed ? 'card' : 'card card--hidden-answer'} onClick={revealed ? undefined : revealOnTap} ref={cardRef} tabIndex={-1}>
        {label ? <p className="card-label">{label}</p> : null}
        <h2 className="card-question" data-testid="card-question" ref={questionRef} tabIndex={-1}>
          {question}
        </h2>
        {revealed ? (
          <div className="card-answer" data-testid="card-answer" aria-label={t.answer}>
            {suspect !== undefined ? (
              <p className="card-suspect" title={suspect || undefined}>
                <span aria-hidden="true">⚠ </span>
                {t.suspect}
              </p>
            ) : null}
            <LazyMarkdownAnswer markdown={answer} />
            {children}
          </div>
        ) : null}
      </div>
      {revealed ? null : (
        // The keys are part of the button's name, as they are part of what it shows (WCAG 2.5.3).
        <button type="button" className="reveal-button" onClick={onReveal} aria-keyshortcuts="Space Enter">
          {t.showAnswer} <kbd className="key-hint">{t.showAnswerKeys}</kbd>
        </button>
      )}
      {/* Always in the DOM, so that filling it is announced. */}
      <p className="sr-only" role="status">
        {revealed ? t.answerShown : ''}
      </p>
    </section>
  );
}
