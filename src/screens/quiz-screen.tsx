/**
 * Quiz (`#/quiz/<deckId>`): every question of a deck once, reveal, self-grade with Anki's keys
 * (1 missed, 2 shaky, 3 knew, 4 easy), grades into FSRS. The quiz lives in the store and is saved
 * after every step, so a reload or the next day resumes it where it stopped.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CardMarks } from '../components/card-marks.tsx';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { GradeBar, intervalLabels } from '../components/grade-bar.tsx';
import { preloadMarkdownAnswer } from '../components/lazy-markdown-answer.tsx';
import { QuizCard } from '../components/quiz-card.tsx';
import { UndoButton } from '../components/undo-button.tsx';
import { useStudyKeys } from '../components/use-study-keys.ts';
import { currentQuizCard, isQuizDone } from '../core/quiz.ts';
import type { Deck, Grade, QuizState } from '../core/types.ts';
import { useLang, useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { QuizIntro } from './quiz-intro.tsx';
import { QuizResults } from './quiz-results.tsx';
import { StudyThese } from './study-these.tsx';
import '../components/modes.css';

export function QuizScreen({ deckId }: { deckId: string }) {
  const t = useT(modes);
  const deck = useStore((s) => s.collection.decks.find((d) => d.id === deckId));
  const quiz = useStore((s) => s.quizzes.get(deckId));
  // "Review the missed now": a study session of them, shown here, with a way back to the results.
  const [studying, setStudying] = useState<readonly string[] | null>(null);

  if (!deck) {
    return (
      <section>
        <h1>{t.errorDeckNotFound(deckId)}</h1>
        <a href="#/">{t.backHome}</a>
      </section>
    );
  }
  if (studying) return <StudyThese cardIds={studying} title={t.quizMissedTitle} back={t.quizBackToResults} onBack={() => setStudying(null)} />;
  if (!quiz) return <QuizIntro deck={deck} />;
  if (isQuizDone(quiz)) return <QuizResults deck={deck} quiz={quiz} onStudy={setStudying} />;
  // Keyed on the position: each question starts afresh (its clock, an open confirmation).
  return <QuizQuestion key={quiz.answers.length} deck={deck} quiz={quiz} />;
}

function QuizQuestion({ deck, quiz }: { deck: Deck; quiz: QuizState }) {
  const t = useT(modes);
  const lang = useLang();
  const api = useStoreApi();
  const cardId = currentQuizCard(quiz) as string;
  const card = useStore((s) => s.cardIndex.get(cardId));
  const canUndo = useStore((s) => (s.quizUndo?.deckId === deck.id ? s.quizUndo.depth > 0 : false));
  const [confirmRestart, setConfirmRestart] = useState(false);
  // When this question was shown: the grade buttons' intervals count from it, as in study.
  const [shownAt] = useState(() => Date.now());
  const position = quiz.answers.length;
  const total = quiz.cardIds.length;

  const reveal = useCallback((typed?: string) => api.getState().revealQuizAnswer(deck.id, typed), [api, deck.id]);
  const grade = useCallback((g: Grade) => api.getState().gradeQuiz(deck.id, g, Date.now()), [api, deck.id]);
  const undo = useCallback(() => api.getState().undoQuizGrade(deck.id, Date.now()), [api, deck.id]);
  const restart = () => api.getState().restartQuiz(deck.id, Date.now());
  const saveDraft = useCallback((typed: string) => api.getState().saveQuizDraft(deck.id, typed), [api, deck.id]);
  useStudyKeys({ revealed: quiz.revealed, onReveal: () => reveal(), onGrade: grade, onUndo: canUndo ? undo : undefined, enabled: !confirmRestart });

  // Fetch the markdown renderer while the learner reads the question, so reveal does not wait.
  useEffect(() => {
    void preloadMarkdownAnswer().catch(() => undefined);
  }, []);

  // The next interval each grade gives, worked out once per question when its answer is shown.
  const intervals = useMemo(() => {
    if (!quiz.revealed) return null;
    return intervalLabels(api.getState().quizPreview(cardId, shownAt), shownAt, lang);
  }, [api, cardId, quiz.revealed, lang, shownAt]);
  const labels = useMemo(() => ({ again: t.quizGradeMissed, hard: t.quizGradeShaky, good: t.quizGradeKnew, easy: t.quizGradeEasy }), [t]);

  if (!card) return null;
  return (
    <section className="study quiz" aria-label={t.quizTitle(deck.title)}>
      <header className="study-header">
        <h1 className="study-title">
          {deck.title}
          {quiz.round === 'missed' ? ` · ${t.quizMissedRound}` : ''}
        </h1>
        <p className="quiz-progress">
          <span data-testid="progress" aria-hidden="true">
            {position + 1} / {total}
          </span>
          <span className="sr-only">{t.quizProgress(position + 1, total)}</span>
        </p>
        <progress className="quiz-bar" max={total} value={position} aria-hidden="true" />
      </header>
      <QuizCard
        key={`${cardId}:${position}`}
        question={card.question}
        answer={card.answer}
        revealed={quiz.revealed}
        onReveal={reveal}
        typed={quiz.typeAnswers ? quiz.draft : undefined}
        onTypedChange={saveDraft}
        label={card.topic}
        suspect={card.suspect}
        corrections={card.corrections}
      />
      {quiz.revealed && intervals && <GradeBar intervals={intervals} onGrade={grade} labels={labels} label={t.quizGradeBarLabel} />}
      <CardMarks cardId={card.id} />
      <footer className="study-footer">
        <UndoButton onUndo={undo} disabled={!canUndo} />
        <ConfirmAction
          label={t.quizRestart}
          question={t.quizRestartConfirm}
          yes={t.quizRestartYes}
          no={t.quizRestartNo}
          onConfirm={restart}
          onOpenChange={setConfirmRestart}
        />
        <p className="key-help">{t.quizKeyboardHelp}</p>
      </footer>
    </section>
  );
}
