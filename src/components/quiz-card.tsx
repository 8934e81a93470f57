/**
 * A quiz question: the question, an optional field to type an answer, the reveal button; once
 * revealed, the model answer, beside what was typed (no automatic marking: the learner grades).
 * Presentational: the screen owns the quiz and wires the grade keys (useStudyKeys, which ignores
 * keys typed in the field, so digits and Space type there). Out of the field by keyboard:
 * Ctrl+Enter reveals at once; Esc moves to the reveal button, where Space or Enter reveals.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentType, KeyboardEvent } from 'react';
import type { Correction } from '../core/types.ts';
import { useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import { Corrections } from './corrections.tsx';
import { LazyMarkdownAnswer } from './lazy-markdown-answer.tsx';
import './modes.css';

/** Typing is saved this long after the last key, and at once when the field loses focus. */
const DRAFT_SAVE_MS = 400;

export interface QuizCardProps {
  question: string;
  /** Markdown; rendered only once revealed. */
  answer: string;
  revealed: boolean;
  /** Called with what was typed (undefined when not typing answers). */
  onReveal: (typed?: string) => void;
  /** Present when the quiz asks for typed answers: what was typed so far, kept across a reload. */
  typed?: string;
  /** Keeps what is being typed; called after a pause and when the field loses focus. */
  onTypedChange?: (typed: string) => void;
  /** E.g. the topic. */
  label?: string;
  /** The content audit's doubt about the answer. */
  suspect?: string;
  /** Corrections to the answer, shown under it once revealed. */
  corrections?: readonly Correction[];
  /** More controls under the field (the rehearsal's dictation), given a way to add words to what is typed. */
  FieldTools?: ComponentType<{ onWords: (words: string) => void }>;
}

export function QuizCard({ question, answer, revealed, onReveal, typed, onTypedChange, label, suspect, corrections, FieldTools }: QuizCardProps) {
  const t = useT(modes);
  const typing = typed !== undefined;
  const [text, setText] = useState(typed ?? '');
  const answerRef = useRef<HTMLDivElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const hintId = useId();

  // The pending draft save, flushed on blur and when the card goes away.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);
  const onTypedRef = useRef(onTypedChange);
  useEffect(() => {
    onTypedRef.current = onTypedChange;
  });
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    onTypedRef.current?.(p.text);
  };
  // Typing, then leaving the quiz: what was typed is kept.
  useEffect(() => flush, []);

  const change = (value: string) => {
    setText(value);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { timer: setTimeout(flush, DRAFT_SAVE_MS), text: value };
  };

  // Words added from outside the field (the rehearsal's dictation), to what it holds when they come.
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const append = (words: string) => {
    const before = fieldRef.current?.value ?? '';
    change(before === '' || /\s$/.test(before) ? before + words : `${before} ${words}`);
  };

  const reveal = () => {
    flush();
    onReveal(typing ? text : undefined);
  };

  const onFieldKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      reveal();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      revealRef.current?.focus();
    }
  };

  // The field and the reveal button go away on reveal; put focus on the answer, not on <body>.
  useEffect(() => {
    if (revealed && (document.activeElement === null || document.activeElement === document.body)) {
      answerRef.current?.focus({ preventScroll: true });
    }
  }, [revealed]);

  const modelAnswer = (
    <div className="card-answer quiz-model-answer" data-testid="card-answer" ref={answerRef} tabIndex={-1} aria-label={t.quizModelAnswer}>
      {typing ? <h3 className="quiz-answer-title">{t.quizModelAnswer}</h3> : null}
      {suspect !== undefined ? (
        <p className="card-suspect" title={suspect || undefined}>
          <span aria-hidden="true">⚠ </span>
          {t.suspect}
        </p>
      ) : null}
      <LazyMarkdownAnswer markdown={answer} />
      <Corrections corrections={corrections} />
    </div>
  );

  return (
    <section className="card-view quiz-card" aria-label={t.question}>
      <div className="card">
        {label ? <p className="card-label">{label}</p> : null}
        <h2 className="card-question" data-testid="card-question">
          {question}
        </h2>
        {revealed && typing ? (
          <div className="quiz-compare">
            <div className="quiz-typed">
              <h3 className="quiz-answer-title">{t.quizYourAnswer}</h3>
              {text.trim() ? <p className="quiz-typed-text">{text}</p> : <p className="hint">{t.quizNothingTyped}</p>}
            </div>
            {modelAnswer}
          </div>
        ) : revealed ? (
          modelAnswer
        ) : null}
      </div>
      {!revealed && typing ? (
        <div className="quiz-field">
          <label htmlFor={fieldId}>{t.quizYourAnswer}</label>
          <textarea
            ref={fieldRef}
            id={fieldId}
            value={text}
            rows={4}
            autoFocus
            aria-describedby={hintId}
            onChange={(e) => change(e.target.value)}
            onBlur={flush}
            onKeyDown={onFieldKeyDown}
          />
          <p id={hintId} className="hint">
            {t.quizTypeKeys}
          </p>
          {FieldTools ? <FieldTools onWords={append} /> : null}
        </div>
      ) : null}
      {revealed ? null : (
        <button ref={revealRef} type="button" className="reveal-button" onClick={reveal} aria-keyshortcuts="Space Enter">
          {/* The keys are part of the name, as they are part of what the button shows (WCAG 2.5.3). */}
          {t.showAnswer} <kbd className="key-hint">{typing ? 'Ctrl+Enter' : t.showAnswerKeys}</kbd>
        </button>
      )}
      <p className="sr-only" role="status">
        {revealed ? t.answerShown : ''}
      </p>
    </section>
  );
}
