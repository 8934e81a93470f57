import { useId, useLayoutEffect, useRef, useState } from 'react';
import { afterNextPaint } from './after-paint.ts';
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
}

interface RevealedAnswer {
  answer: string;
  suspect: string | undefined;
}

/** Whether keyboard focus has gone to the page: its element was removed, or hidden with the grade bar. */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active.closest('[hidden]') !== null;
}

/**
 * One flashcard: the question, then the answer once revealed.
 * Presentational only: the screen owns `revealed` and wires the keys.
 */
export function CardView({ question, answer, revealed, onReveal, label, suspect, cardKey }: CardViewProps) {
  const t = useT();
  const cardRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const labelId = useId();
  const hintId = useId();
  // The answer last revealed; it stays in the page, hidden, until the next reveal (see below).
  const [kept, setKept] = useState<RevealedAnswer | null>(null);
  if (revealed && (kept === null || kept.answer !== answer || kept.suspect !== suspect)) setKept({ answer, suspect });
  const shown = revealed ? { answer, suspect } : kept;

  // The reveal button disappears on reveal, which would drop keyboard focus to <body>; move it to
  // the card instead, so Tab continues from there and screen readers land on question and answer.
  // The card, not the answer: the card stays from one question to the next, where a focused answer
  // taken out of the page on every grade costs the browser a focus clean-up on the key press's path.
  useLayoutEffect(() => {
    if (revealed && (focusLost() || questionRef.current?.contains(document.activeElement))) cardRef.current?.focus({ preventScroll: true });
  }, [revealed]);

  // A new card replaces the graded one, and a grade button that had focus goes with it: put focus
  // on the new question, so a screen reader reads it out and Tab goes on to "show answer". After the
  // new card is painted: a focus change makes the browser lay the page out first, which need not
  // delay the card. Whether focus was lost is checked at once, so a grade that keeps it (the
  // keyboard, with focus on the card) asks nothing of the next frame.
  useLayoutEffect(() => {
    // Nothing to do when focus stayed, as it does on the card for a learner on the keyboard.
    if (!focusLost()) return undefined;
    return afterNextPaint(() => {
      if (focusLost()) questionRef.current?.focus({ preventScroll: true });
    });
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
        {/* Kept, hidden, without a label: the study screen's fast path only writes text and `hidden` (src/screens/study-paint.ts). */}
        <p className="card-label" hidden={!label}>
          {label ?? ''}
        </p>
        <h2 className="card-question" data-testid="card-question" ref={questionRef} tabIndex={-1}>
          {question}
        </h2>
        {shown ? (
          // After a grade the answer graded stays, hidden, until the next reveal replaces it: taking
          // it out of the page would cost the grade -> next card path more than hiding it does.
          <div className="card-answer" data-testid={revealed ? 'card-answer' : undefined} aria-label={t.answer} hidden={!revealed}>
            {shown.suspect !== undefined ? (
              <p className="card-suspect" title={shown.suspect || undefined}>
                <span aria-hidden="true">⚠ </span>
                {t.suspect}
              </p>
            ) : null}
            <LazyMarkdownAnswer markdown={shown.answer} />
          </div>
        ) : null}
      </div>
      {/* Hidden rather than removed once the answer shows: a grade then shows it again without building it anew. */}
      <button
        type="button"
        className="reveal-button"
        onClick={onReveal}
        aria-labelledby={labelId}
        aria-describedby={hintId}
        aria-keyshortcuts="Space Enter"
        hidden={revealed}
      >
        <span id={labelId}>{t.showAnswer}</span>
        <kbd id={hintId} className="key-hint">
          {t.showAnswerKeys}
        </kbd>
      </button>
      {/* Always in the DOM, so that filling it is announced. */}
      <p className="sr-only" role="status">
        {revealed ? t.answerShown : ''}
      </p>
    </section>
  );
}
