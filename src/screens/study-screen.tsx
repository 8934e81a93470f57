/**
 * Study (`#/study`, `#/study/<deckId>`): question first, reveal, grade, next — by keyboard
 * (Anki's keys) or by tap. The session lives in the store; this screen only renders it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { afterNextPaint, whenIdleAfterPaint } from '../components/after-paint.ts';
import { LazyCardMarks } from '../components/lazy-card-marks.tsx';
import { CardView } from '../components/card-view.tsx';
import { GradeBar, intervalLabels } from '../components/grade-bar.tsx';
import { gradeLabel } from '../components/labels.ts';
import { preloadMarkdownAnswer } from '../components/lazy-markdown-answer.tsx';
import { UndoButton } from '../components/undo-button.tsx';
import { useStudyKeys } from '../components/use-study-keys.ts';
import type { Grade } from '../core/types.ts';
import { useLang, useT } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { AppState } from '../store/app-state.ts';
import type { AppStore } from '../store/app-store.ts';
import { selectCanUndo } from '../store/selectors.ts';
import type { CurrentCard, Session } from '../store/session-slice.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { paintStudyCard } from './study-paint.ts';

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
  const sectionRef = useRef<HTMLElement>(null);
  // Before the session starts below: it subscribes to the store.
  const { session, later } = useShownSession(api, sectionRef);

  // A layout effect: the session starts before the browser paints, so the first frame already has
  // the card (with useEffect, a frame without it could come first).
  useLayoutEffect(() => {
    if (!known) return undefined;
    // The session this screen finds is the one main.tsx started to paint its first card before
    // React loaded (src/app/first-card.ts); it carries on. Any other ends when its screen goes.
    const found = api.getState().session;
    if (!(found && !cardIds && found.deckId === deckId)) api.getState().startSession(Date.now(), deckId, cardIds);
    return () => api.getState().endSession();
  }, [api, deckId, known, cardIds]);

  // Said by screen readers after each grade; kept here so it outlives the card that was graded.
  // Along with the render of that grade's card, so the words match what the screen shows.
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = useCallback<Announce>((text) => later(() => setAnnouncement((a) => ({ text: text(), count: a.count + 1 }))), [later]);
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
        <StudyCard session={session} title={title ?? deck?.title ?? t.studyAll} announce={announce} sectionRef={sectionRef} />
      ) : (
        <Summary session={session} announce={announce} />
      )}
      {announcer}
    </>
  );
}

/** Says something to screen readers through the study screen's live region (worked out when it is said). */
type Announce = (text: () => string) => void;

/** Runs a task along with the render of any grade still waiting for it; at once if there is none. */
type Later = (task: () => void) => void;

/** Whether a change shows another card in place of one whose answer was shown: a grade (or its undo). */
function isNextCard(before: Session | null, after: Session): boolean {
  return before?.current != null && before.revealed && after.current !== null && !after.revealed;
}

/**
 * The session as the screen renders it.
 *
 * A grade's next card is painted in the key press itself, straight into the DOM (./study-paint.ts),
 * and React renders it once that frame is painted and the page is idle: the grade → next card
 * path at 10,000 cards runs no React render (README, "Speed"). Every other change (a reveal, the
 * last card's summary, another tab) renders at once, with anything a grade left waiting. The DOM
 * is painted on every change, so the nodes it writes always show the store's latest state, as
 * React's render does, whichever comes first.
 */
function useShownSession(api: AppStore, sectionRef: RefObject<HTMLElement | null>): { session: Session | null; later: Later } {
  const [session, setSession] = useState(() => api.getState().session);
  const waiting = useRef<{ tasks: (() => void)[]; cancel: () => void } | null>(null);

  const flush = useCallback(() => {
    const current = waiting.current;
    if (current === null) return;
    waiting.current = null;
    current.cancel();
    for (const task of current.tasks) task();
  }, []);
  const later = useCallback<Later>((task) => {
    if (waiting.current) waiting.current.tasks.push(task);
    else task();
  }, []);

  useLayoutEffect(() => {
    const show = () => setSession(api.getState().session);
    const painted = (state: AppState): boolean => {
      const section = sectionRef.current;
      const next = state.session;
      const card = next?.current ? state.cardIndex.get(next.current.cardId) : undefined;
      if (section === null || !next || card === undefined) return false;
      return paintStudyCard(section, { question: card.question, label: card.topic, revealed: next.revealed, counts: next.remaining });
    };
    const unsubscribe = api.subscribe((state, prev) => {
      if (state.session === prev.session) return;
      if (painted(state) && isNextCard(prev.session, state.session!)) {
        waiting.current ??= { tasks: [show], cancel: whenIdleAfterPaint(flush) };
        return;
      }
      flush();
      show();
    });
    // Anything that changed between the first render and this subscription.
    show();
    return () => {
      unsubscribe();
      waiting.current?.cancel();
      waiting.current = null;
    };
  }, [api, sectionRef, flush]);

  return { session, later };
}

interface StudyCardProps {
  session: Session;
  title: string;
  announce: Announce;
  sectionRef: RefObject<HTMLElement | null>;
}

function StudyCard({ session, title, announce, sectionRef }: StudyCardProps) {
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
        const due = graded.preview[g] - Math.floor(graded.shownAt / 60_000) * 60_000;
        announce(() => t.gradeAnnouncement(gradeLabel(t, g), due));
      }
    },
    [api, announce, t],
  );
  const undo = useUndo(announce);
  // From the store: this screen's render lags a grade by a frame, and the next key may come sooner.
  const revealed = useCallback(() => api.getState().session?.revealed ?? false, [api]);
  useStudyKeys({ revealed, onReveal: reveal, onGrade: grade, onUndo: undo });

  const intervals = useGradeIntervals(current, lang);
  if (!card) return null;
  const { new: fresh, learning, review } = session.remaining;

  return (
    <section className="study" aria-label={title} ref={sectionRef}>
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
      />
      <GradeBar intervals={intervals} onGrade={grade} hidden={!session.revealed} />
      <LazyCardMarks cardId={card.id} />
      <footer className="study-footer">
        <UndoButton onUndo={undo} disabled={!canUndo} />
        <p className="key-help">{t.keyboardHelp}</p>
      </footer>
    </section>
  );
}

const PENDING_INTERVALS: Readonly<Record<Grade, string>> = { again: '…', hard: '…', good: '…', easy: '…' };

/**
 * The grade buttons' labels: the interval each grade would give the card on screen. The preview is
 * worked out on reveal (src/store/session-slice.ts); until then the bar is hidden and keeps the
 * labels it had, so a grade does not rewrite eight texts nobody sees on its way to the next card.
 * Before the scheduler's engine has loaded, they read "…".
 */
function useGradeIntervals(current: CurrentCard, lang: Lang): Readonly<Record<Grade, string>> {
  const { preview, shownAt } = current;
  const fresh = useMemo(() => (preview ? intervalLabels(preview, shownAt, lang) : null), [preview, shownAt, lang]);
  const [kept, setKept] = useState(PENDING_INTERVALS);
  // Adjusting state while rendering (React's pattern for state that follows props): no extra commit.
  if (fresh !== null && fresh !== kept) setKept(fresh);
  return fresh ?? kept;
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
    announce(() => t.undone);
  }, [api, announce, t]);
}
