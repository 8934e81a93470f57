/**
 * A question that opens to show its answer (<details>). The answer is rendered only once opened:
 * a list of a hundred closed questions must not render a hundred markdown answers.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Correction } from '../core/types.ts';
import { Corrections } from './corrections.tsx';
import { LazyMarkdownAnswer } from './lazy-markdown-answer.tsx';
import './modes.css';

export interface AnswerDetailsProps {
  summary: ReactNode;
  /** Markdown. */
  answer: string;
  /** Shown above the answer once opened (e.g. what the learner typed). */
  children?: ReactNode;
  /** The card's corrections, shown under the answer. */
  corrections?: readonly Correction[];
  className?: string;
}

export function AnswerDetails({ summary, answer, children, corrections, className }: AnswerDetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && (
        <div className="details-body">
          {children}
          <LazyMarkdownAnswer markdown={answer} />
          <Corrections corrections={corrections} />
        </div>
      )}
    </details>
  );
}
