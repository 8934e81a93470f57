/**
 * After a rehearsal: each question with the time it took, its coverage and its grade; the totals;
 * the weakest topics (or, in a deck without topics, the weakest questions); and what next.
 */
import { useCallback, useEffect, useRef } from 'react';
import { AnswerDetails } from '../components/answer-details.tsx';
import { gradeLabel } from '../components/labels.ts';
import { UndoButton } from '../components/undo-button.tsx';
import { useStudyKeys } from '../components/use-study-keys.ts';
import { interviewTotals, weakestTopics } from '../core/interview.ts';
import type { Interview } from '../core/interview.ts';
import { useT } from '../i18n/index.ts';
import { interviewStrings } from '../i18n/interview-catalog.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { clock } from './interview-timer.tsx';

export interface InterviewReportProps {
  interview: Interview;
  /** Study the missed cards now, in a study session. */
  onStudy: (cardIds: readonly string[]) => void;
}

export function InterviewReport({ interview, onStudy }: InterviewReportProps) {
  const t = useT(interviewStrings);
  const api = useStoreApi();
  const cardIndex = useStore((s) => s.cardIndex);
  const decks = useStore((s) => s.collection.decks);
  const heading = useRef<HTMLHeadingElement>(null);
  const totals = interviewTotals(interview.answers, interview.limitMs);

  // A topic, else the deck's title; with only one of them, the questions themselves are the spots to name.
  const topicOf = (cardId: string): string => {
    const card = cardIndex.get(cardId);
    return card?.topic ?? decks.find((d) => d.id === card?.deck)?.title ?? '';
  };
  const byTopic = new Set(interview.answers.map((a) => topicOf(a.cardId))).size > 1;
  const weakest = byTopic
    ? weakestTopics(interview.answers, topicOf)
    : weakestTopics(interview.answers, (id) => cardIndex.get(id)?.question ?? id).filter((w) => w.coverage < 1);

  // Land on the report, so a screen reader reads it and Tab goes on from there.
  useEffect(() => heading.current?.focus(), []);
  // Z takes the last grade back, as on the results of a quiz.
  const canUndo = useStore((s) => s.interviewUndo > 0);
  const undo = useCallback(() => api.getState().undoInterviewGrade(), [api]);
  useStudyKeys({ revealed: false, onReveal: () => undefined, onGrade: () => undefined, onUndo: canUndo ? undo : undefined });

  return (
    <section className="quiz-results interview-report" aria-labelledby="interview-report-title" data-testid="interview-report">
      <h1 id="interview-report-title" ref={heading} tabIndex={-1}>
        {t.interviewReportTitle}
      </h1>
      <p className="quiz-score">{t.interviewReportSummary(totals.answered, totals.coverage, totals.timeMs)}</p>
      {totals.overTime > 0 && <p>{t.interviewOverTimeCount(totals.overTime)}</p>}

      <ol className="interview-answers">
        {interview.answers.map((a) => {
          const card = cardIndex.get(a.cardId);
          if (!card) return null;
          return (
            <li key={a.cardId} className="interview-answer">
              <AnswerDetails summary={card.question} answer={card.answer} corrections={card.corrections}>
                {a.typed.trim() !== '' && (
                  <div className="quiz-typed">
                    <h3 className="quiz-answer-title">{t.interviewYourAnswer}</h3>
                    <p className="quiz-typed-text">{a.typed}</p>
                  </div>
                )}
              </AnswerDetails>
              <dl className="interview-answer-figures">
                <div>
                  <dt>{t.interviewTime}</dt>
                  <dd className={a.ms > interview.limitMs ? 'interview-timer--over' : undefined}>{clock(a.ms)}</dd>
                </div>
                <div>
                  <dt>{t.interviewCoverage}</dt>
                  <dd>{t.percent(Math.round(a.coverage * 100) / 100)}</dd>
                </div>
                <div>
                  <dt>{t.interviewGrade}</dt>
                  <dd>{gradeLabel(t, a.grade)}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ol>

      {weakest.length > 0 && (
        <>
          <h2>{t.interviewWeakest}</h2>
          <ul className="summary-list">
            {weakest.map((w) => (
              <li key={w.topic}>{byTopic ? t.interviewWeakTopic(w.topic, w.coverage, w.questions) : t.interviewWeakQuestion(w.topic, w.coverage)}</li>
            ))}
          </ul>
        </>
      )}

      <p className="summary-actions">
        {totals.missed.length > 0 ? (
          <button type="button" className="button primary" onClick={() => onStudy(totals.missed)}>
            {t.interviewStudyMissed}
          </button>
        ) : (
          <span>{t.interviewNoneMissed}</span>
        )}
        <button type="button" className="button" onClick={() => api.getState().discardInterview()}>
          {t.interviewAgain}
        </button>
        {canUndo && <UndoButton onUndo={undo} />}
      </p>
    </section>
  );
}
