/**
 * Study (`#/study`, `#/study/<deckId>`): question first, reveal, grade, next — by keyboard
 * (Anki's keys) or by tap. The session lives in the store; this screen only renders it.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { afterNextPaint } from '../components/after-paint.ts';
import { CardMarks } from '../components/card-marks.tsx';
import { CardView } from '../components/card-view.tsx';
import { Corrections } from '../components/corrections.tsx';
import { GradeBar, intervalLabels } from '../components/grade-bar.tsx';
import { gradeLabel } from '../components/labels.ts';
import { preloadMarkdownAnswer } from '../components/lazy-markdown-answer.tsx';
import { UndoButton } from '../components/undo-button.tsx';
import { useStudyKeys } from '../components/use-study-keys.ts';
import { wholeMinute } from '../core/time.ts';
import type { Grade } from '../core/types.ts';
import { useLang, useT } from '../i18n/index.ts';
import { selectCanUndo } from '../store/selectors.ts';
import type { Session } from '../store/session-slice.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';

export interface StudyScreenProps {
  deckId: string | null;
  /** Study exactly these cards, due or not (weak cards, a quiz's misses); keep the array stable. */
  cardIds?: readonly string[];
  /** The heading for a session over `cardIds`. */
  title?: string;
}

export function StudyScreen({ deckId, cardIds, title }: StudyScreenProps) {
  const t = useT();
  const api = useStoreApi();
  const deck = useStore((s) => (deckId === null ? null : s.collection.decks.find((d) => d.id === deckId)));
  const known = deckId === null || deck !== undefined;
  const session = useStore((s) => s.session);

  // A layout effect: the session starts before the browser paints, so the first frame already has
  // the card (with useEffect, a frame without it could come first). It ends when its screen goes.
  useLayoutEffect(() => {
    if (!known) return undefined;
    api.getState().startSession(Date.now(), deckId, cardIds);
    return () => api.getState().endSession();
  }, [api, deckId, known, cardIds]);

  // Said by screen readers after each grade; kept here so it outlives the card that was graded.
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = useCallback<Announce>((text) => setAnnouncement((a) => ({ text, count: a.count + 1 })), []);
  // The same words twice in a row would not be read again: alternate a trailing no-break space.
  const announcer = (
    <p className="sr-only" role="status">
      {announcement.text + (announcement.count % 2 ? '\u00a0' : '')}
    </p>
  );
  if (!known) {
    return (
      <section>
        <h1>{t.errorDeckNotFound(deckId ?? '')}</h1>
        <a href="#/">{t.backHome}</a>
      </section>
    );
  }
  if (!session) return announcer;
  return (
    <>
      {session.current ? (
        <StudyCard session={session} title={title ?? deck?.title ?? t.studyAll} announce={announce} />
      ) : (
        <Summary session={session} announce={announce} />
      )}
      {announcer}
    </>
  );
}

/** Says something to screen readers through the study screen's live region. */
type Announce = (text: string) => void;

interface StudyCardProps {
  session: Session;
  title: string;
  announce: Announce;
}

function StudyCard({ session, title, announce }: StudyCardProps) {
  const t = useT();
  const lang = useLang();
  const api = useStoreApi();
  const current = session.current!;
  const card = useStore((s) => s.cardIndex.get(current.cardId));
  const canUndo = session.undoDepth > 0;

  // Fetch the markdown renderer while the learner reads the question, so reveal does not wait;
  // after the question is painted, so that it never waits for the renderer either.
  useEffect(() => afterNextPaint(() => void preloadMarkdownAnswer().catch(() => undefined)), []);

  const reveal = useCallback(() => api.getState().reveal(), [api]);
  const grade = useCallback(
    (g: Grade) => {
      const before = api.getState().session;
      const graded = before?.current;
      api.getState().answer(g, Date.now());
      // Announce only a grade that was taken (the answer must be shown first).
      if (graded?.preview && before?.revealed && api.getState().session !== before) {
        // Measured from the minute it was shown, as the button labels are.
        announce(t.gradeAnnouncement(gradeLabel(t, g), graded.preview[g] - wholeMinute(graded.shownAt)));
      }
    },
    [api, announce, t],
  );
  const undo = useUndo(announce);
  // Asked of the store at each key, so two keys pressed within one frame act on the latest state.
  const revealed = useCallback(() => api.getState().session?.revealed ?? false, [api]);
  useStudyKeys({ revealed, onReveal: reveal, onGrade: grade, onUndo: undo });

  if (!card) return null;
  const { new: fresh, learning, review } = session.remaining;

  return (
    <section className="study" aria-label={title}>
      <header className="study-header">
        <h1 className="study-title">{title}</h1>
        <p className="study-counts" aria-label={t.studyProgressLabel}>
          <span className="count-new">{fresh}</span> · <span className="count-learning">{learning}</span> ·{' '}
          <span className="count-due">{review}</span>
          <span className="sr-only">{t.studyCounts(fresh, learning, review)}</span>
        </p>
      </header>
      <CardView
        cardKey={`${card.id}:${current.shownAt}`}
        question={card.question}
        answer={card.answer}
        revealed={session.revealed}
        onReveal={reveal}
        label={card.topic}
        suspect={card.suspect}
      >
        <Corrections corrections={card.corrections} />
      </CardView>
      {session.revealed && current.preview && <GradeBar intervals={intervalLabels(current.preview, current.shownAt, lang)} onGrade={grade} />}
      <CardMarks cardId={card.id} />
      <footer className="study-footer">
        <UndoButton onUndo={undo} disabled={!canUndo} />
        <p className="key-help">{t.keyboardHelp}</p>
      </footer>
    </section>
  );
}

function Summary({ session, announce }: { session: Session; announce: Announce }) {
  const t = useT();
  const canUndo = session.undoDepth > 0;
  const undo = useUndo(announce);
  useStudyKeys({ revealed: false, onReveal: () => undefined, onGrade: () => undefined, onUndo: undo });
  const { reviewed, again, timeSpentMs, nextDueAt } = session.summary;
  // The summary is read when it appears; "next card in 10 minutes" need not tick.
  const [shownAt] = useState(() => Date.now());

  return (
    <section className="summary" aria-labelledby="summary-title">
      <h1 id="summary-title">{reviewed > 0 ? t.summaryTitle : t.summaryNothingDue}</h1>
      <ul className="summary-list">
        <li>{t.summaryReviewed(reviewed)}</li>
        <li>{t.summaryAgain(again)}</li>
        <li>{t.summaryTime(timeSpentMs)}</li>
        <li>{nextDueAt === null ? t.summaryNoneScheduled : t.summaryNextDue(Math.max(0, nextDueAt - shownAt))}</li>
      </ul>
      <p className="summary-actions">
        <a className="button primary" href="#/">
          {t.backHome}
        </a>
        {canUndo && <UndoButton onUndo={undo} />}
      </p>
    </section>
  );
}

/** Undo the last grade, and say so when there was one to undo. */
function useUndo(announce: Announce): () => void {
  const t = useT();
  const api = useStoreApi();
  return useCallback(() => {
    if (!selectCanUndo(api.getState())) return;
    api.getState().undo(Date.now());
    announce(t.undone);
  }, [api, announce, t]);
}
