/** After a quiz: the score, the time, the missed questions with their answers, and what next. */
import { useCallback, useEffect, useRef } from 'react';
import { AnswerDetails } from '../components/answer-details.tsx';
import { useStudyKeys } from '../components/use-study-keys.ts';
import { quizScore } from '../core/quiz.ts';
import type { Deck, QuizState } from '../core/types.ts';
import { useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';

export interface QuizResultsProps {
  deck: Deck;
  quiz: QuizState;
  /** Study the missed cards now, in a study session. */
  onStudy: (cardIds: readonly string[]) => void;
}

export function QuizResults({ deck, quiz, onStudy }: QuizResultsProps) {
  const t = useT(modes);
  const api = useStoreApi();
  const cardIndex = useStore((s) => s.cardIndex);
  const canUndo = useStore((s) => s.quizUndo?.deckId === deck.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const score = quizScore(quiz);
  const missed = quiz.answers.filter((a) => a.grade === 'again');

  // Land on the results, so a screen reader reads them and Tab goes on from there.
  useEffect(() => heading.current?.focus(), []);
  const undo = useCallback(() => api.getState().undoQuizGrade(deck.id, Date.now()), [api, deck.id]);
  useStudyKeys({ revealed: false, onReveal: () => undefined, onGrade: () => undefined, onUndo: canUndo ? undo : undefined });

  return (
    <section className="quiz-results" aria-labelledby="quiz-results-title">
      <h1 id="quiz-results-title" ref={heading} tabIndex={-1}>
        {t.quizResultsTitle}
      </h1>
      <p className="hint">{quiz.round === 'missed' ? `${deck.title} · ${t.quizMissedRound}` : deck.title}</p>
      <p className="quiz-score" data-testid="quiz-score">
        {t.quizScore(score.known, score.total)}
      </p>
      <ul className="summary-list">
        <li>{t.quizScoreShaky(score.shaky)}</li>
        <li>{t.quizScoreMissed(score.missed)}</li>
        <li>{t.quizTime(score.timeMs)}</li>
      </ul>

      <h2 id="quiz-missed-title">{t.quizMissedTitle}</h2>
      {missed.length === 0 ? (
        <p>{t.quizNoneMissed}</p>
      ) : (
        <ol className="missed-list" aria-labelledby="quiz-missed-title">
          {missed.map((a) => {
            const card = cardIndex.get(a.cardId);
            if (!card) return null;
            return (
              <li key={a.cardId}>
                <AnswerDetails summary={card.question} answer={card.answer} corrections={card.corrections}>
                  {a.typed !== undefined && (
                    <div className="quiz-typed">
                      <h3 className="quiz-answer-title">{t.quizYourAnswer}</h3>
                      <p className="quiz-typed-text">{a.typed}</p>
                    </div>
                  )}
                </AnswerDetails>
              </li>
            );
          })}
        </ol>
      )}
      <p className="summary-actions">
        {missed.length > 0 && (
          <>
            <button type="button" className="button primary" onClick={() => onStudy(missed.map((a) => a.cardId))}>
              {t.quizStudyMissed}
            </button>
            <button type="button" className="button" onClick={() => api.getState().retryMissedQuiz(deck.id, Date.now())}>
              {t.quizRetryMissed}
            </button>
          </>
        )}
        <button type="button" className="button" onClick={() => api.getState().discardQuiz(deck.id)}>
          {t.quizNew}
        </button>
        {canUndo && (
          <button type="button" className="link-button" onClick={undo} aria-keyshortcuts="Z Control+Z">
            {t.undo} <kbd>Z</kbd>
          </button>
        )}
      </p>
    </section>
  );
}
