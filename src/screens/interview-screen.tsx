/**
 * Interview rehearsal (`#/interview`, docs/interview.md): choose decks, how many questions and the
 * time for each; then each question against a countdown, answered by typing (or dictating), revealed
 * with Ctrl+Enter beside the answer from the notes, its corrections and its key points, each ticked
 * when the typed answer names it. Coverage and time suggest a grade; 1–4 confirm one, into FSRS.
 * The rehearsal lives in the store and is saved after every step, so a reload resumes it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from '../components/after-paint.ts';
import { CardMarks } from '../components/card-marks.tsx';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { GradeBar, intervalLabels } from '../components/grade-bar.tsx';
import { gradeLabel } from '../components/labels.ts';
import { gradeKey } from '../components/grade-keys.ts';
import { preloadMarkdownAnswer } from '../components/lazy-markdown-answer.tsx';
import { QuizCard } from '../components/quiz-card.tsx';
import { UndoButton } from '../components/undo-button.tsx';
import { useStudyKeys } from '../components/use-study-keys.ts';
import { currentQuestion, isInterviewDone, suggestGrade } from '../core/interview.ts';
import type { Interview } from '../core/interview.ts';
import { coverageOf } from '../core/coverage.ts';
import { genericStems, keyPoints } from '../core/key-points.ts';
import type { GenericStems, KeyPoint } from '../core/key-points.ts';
import type { Card, Grade } from '../core/types.ts';
import { useLang, useT } from '../i18n/index.ts';
import { interviewStrings } from '../i18n/interview-catalog.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { Dictation } from './interview-dictation.tsx';
import { InterviewIntro } from './interview-intro.tsx';
import { InterviewReport } from './interview-report.tsx';
import { InterviewTimer } from './interview-timer.tsx';
import { StudyThese } from './study-these.tsx';
import '../components/modes.css';
import './interview.css';

export function InterviewScreen() {
  const t = useT(interviewStrings);
  const interview = useStore((s) => s.interview);
  // "Study the missed now": a study session of them, shown here, with a way back to the report.
  const [studying, setStudying] = useState<readonly string[] | null>(null);

  if (studying) return <StudyThese cardIds={studying} title={t.interviewMissedTitle} back={t.interviewBackToReport} onBack={() => setStudying(null)} />;
  if (!interview) return <InterviewIntro />;
  if (isInterviewDone(interview)) return <InterviewReport interview={interview} onStudy={setStudying} />;
  // Keyed on the position: each question starts afresh (its clock, an open confirmation).
  return <InterviewQuestion key={interview.answers.length} interview={interview} />;
}

/** The deck's common words, worked out once per set of decks asked (src/core/key-points.ts). */
let genericMemo: { cards: readonly Card[]; decks: string; value: GenericStems } | null = null;
function genericFor(cards: readonly Card[], deckIds: readonly string[]): GenericStems {
  const decks = deckIds.join('\n');
  if (genericMemo?.cards !== cards || genericMemo.decks !== decks) {
    const asked = new Set(deckIds);
    genericMemo = { cards, decks, value: genericStems(cards.filter((c) => asked.has(c.deck))) };
  }
  return genericMemo.value;
}

function InterviewQuestion({ interview }: { interview: Interview }) {
  const t = useT(interviewStrings);
  const lang = useLang();
  const api = useStoreApi();
  const cardId = currentQuestion(interview) as string;
  const card = useStore((s) => s.cardIndex.get(cardId));
  const cards = useStore((s) => s.collection.cards);
  const answersReady = useStore((s) => s.answers === 'ready');
  const [confirmLeave, setConfirmLeave] = useState(false);
  const position = interview.answers.length;
  const total = interview.cardIds.length;
  const revealed = interview.revealed;

  const reveal = useCallback((typed?: string) => api.getState().revealInterviewAnswer(typed ?? api.getState().interview?.draft ?? '', Date.now()), [api]);
  const saveDraft = useCallback((typed: string) => api.getState().saveInterviewDraft(typed), [api]);
  const canUndo = useStore((s) => s.interviewUndo > 0);
  const undo = useCallback(() => api.getState().undoInterviewGrade(), [api]);

  // Fetch the markdown renderer while the learner answers, so the reveal does not wait for it.
  useEffect(() => {
    void preloadMarkdownAnswer().catch(() => undefined);
  }, []);
  // And learn the decks' common words then too, once the question is on screen: over 10,000 cards
  // that is ~40 ms on a desktop, which the reveal's key press would otherwise wait for.
  useEffect(() => afterNextPaint(() => genericFor(cards, interview.deckIds)), [cards, interview.deckIds]);

  // The key points, once the answer is shown and the notes' answers are in.
  const points = useMemo<KeyPoint[] | null>(
    () => (revealed && card && answersReady ? keyPoints(card, genericFor(cards, interview.deckIds)) : null),
    [revealed, card, answersReady, cards, interview.deckIds],
  );
  const coverage = useMemo(() => (points ? coverageOf(points, interview.draft) : null), [points, interview.draft]);
  // No suggestion for an answer without key points: there is nothing to go on.
  const suggested = coverage && revealed && points && points.length > 0 ? suggestGrade(coverage.ratio, revealed.ms, interview.limitMs) : null;

  const grade = useCallback(
    (g: Grade) => {
      if (coverage) api.getState().gradeInterview(g, coverage.ratio, Date.now());
    },
    [api, coverage],
  );
  useStudyKeys({
    revealed: revealed !== null,
    onReveal: () => reveal(),
    onGrade: grade,
    onAccept: suggested ? () => grade(suggested) : undefined,
    onUndo: canUndo ? undo : undefined,
    enabled: !confirmLeave && (revealed === null || coverage !== null),
  });

  const intervals = useMemo(() => {
    if (!revealed) return null;
    // From the moment of the reveal, as study counts them from when its answer was shown.
    const at = interview.shownAt + revealed.ms;
    return intervalLabels(api.getState().quizPreview(cardId, at), at, lang);
  }, [api, cardId, revealed, interview.shownAt, lang]);

  if (!card) return null;
  return (
    <section className="study interview" aria-label={t.interviewTitle}>
      <header className="study-header">
        <h1 className="study-title">{t.interviewShortTitle}</h1>
        <p className="quiz-progress">{t.interviewProgress(position + 1, total)}</p>
        <InterviewTimer shownAt={interview.shownAt} limitMs={interview.limitMs} stoppedMs={revealed?.ms ?? null} />
        <progress className="quiz-bar" max={total} value={position} aria-hidden="true" />
      </header>
      <QuizCard
        key={`${cardId}:${position}`}
        question={card.question}
        answer={card.answer}
        revealed={revealed !== null}
        onReveal={reveal}
        typed={interview.draft}
        onTypedChange={saveDraft}
        label={card.topic}
        suspect={card.suspect}
        corrections={card.corrections}
        FieldTools={Dictation}
      />
      {revealed && points && coverage && (
        <section className="key-points" aria-labelledby="key-points-title">
          <h2 id="key-points-title">{t.interviewKeyPoints}</h2>
          <p className="coverage-line">
            {t.interviewCoverage}: <strong data-testid="coverage">{t.percent(Math.round(coverage.ratio * 100) / 100)}</strong>{' '}
            <span className="hint">({t.interviewCoverageOf(coverage.covered.filter(Boolean).length, points.length)})</span>
          </p>
          {points.length === 0 ? (
            <p className="hint">{t.interviewKeyPointsNone}</p>
          ) : (
            <ul className="key-point-list">
              {points.map((point, i) => (
                <li key={`${i}:${point.label}`} className={coverage.covered[i] ? 'key-point key-point--covered' : 'key-point'}>
                  <span className="key-point-mark" aria-hidden="true">
                    {coverage.covered[i] ? '✓' : '✗'}
                  </span>
                  {point.kind === 'code' ? <code>{point.label}</code> : <span>{point.label}</span>}
                  <span className="sr-only"> — {coverage.covered[i] ? t.interviewCovered : t.interviewMissed}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="suggested-grade">
            {t.interviewTook(revealed.ms)}.{suggested && ` ${t.interviewSuggested(`${gradeLabel(t, suggested)} (${gradeKey(suggested)})`)}`}
          </p>
        </section>
      )}
      {revealed && coverage && intervals && <GradeBar intervals={intervals} onGrade={grade} label={t.interviewGradeLabel} suggested={suggested ?? undefined} />}
      <CardMarks cardId={card.id} />
      <footer className="study-footer">
        <UndoButton onUndo={undo} disabled={!canUndo} />
        <ConfirmAction
          label={t.interviewLeave}
          question={t.interviewLeaveConfirm}
          yes={t.interviewLeaveYes}
          no={t.interviewLeaveNo}
          onConfirm={() => api.getState().discardInterview()}
          onOpenChange={setConfirmLeave}
        />
        <p className="key-help">{t.interviewKeys}</p>
      </footer>
    </section>
  );
}
