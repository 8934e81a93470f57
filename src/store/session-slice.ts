/**
 * A study session: the queue, the card on screen, whether its answer is shown, an undo stack and
 * the numbers for the end-of-session summary.
 *
 * The queue and the undo stack live in this slice's closure, not in the state: they are mutated
 * in place so a key press costs O(log n) (see src/core/queue.ts), and nothing renders from them.
 * The state holds fresh plain snapshots (current card, remaining counts, summary) on every change.
 */
import { buildListQueue } from '../core/list-queue.ts';
import { buildQueue, cancelRequeue, putBack, remainingCounts, requeueLearning, resyncCard, takeNext } from '../core/queue.ts';
import { nextAvailableAt } from '../core/queue-counts.ts';
import type { QueueCounts, QueueItem, QueueSource, SessionQueue } from '../core/queue.ts';
import type { GradeResult, Scheduler } from '../core/scheduler.ts';
import type { Card, CardProgress, CardState, Grade } from '../core/types.ts';
import type { AppSliceCreator, AppState } from './app-state.ts';
import { createGradeHistory } from './grade-history.ts';
import type { GradeHistory } from './grade-history.ts';

/**
 * Time on one card counts at most this much towards "time spent", as Anki caps answer time
 * (60 s by default): a learner who walks away mid-card has not studied for an hour.
 */
export const MAX_ANSWER_MS = 60_000;

/** The card on screen. */
export interface CurrentCard {
  cardId: string;
  source: QueueSource;
  /** The card's state before this answer ('new' for a card never graded). */
  state: CardState;
  /** When it was shown (epoch ms). */
  shownAt: number;
  /**
   * When it would be due after each grade (epoch ms): the button labels are `due − shownAt`.
   * Worked out when the answer is shown (the buttons appear then), null before.
   */
  preview: Record<Grade, number> | null;
}

/** What the end-of-session screen shows. */
export interface SessionSummary {
  /** Grades given (a card failed and relearnt counts each time, as in Anki). */
  reviewed: number;
  again: number;
  /** Sum of time per card, each capped at MAX_ANSWER_MS. */
  timeSpentMs: number;
  /** When the next card in this session's scope becomes available, or null; set once the queue is empty. */
  nextDueAt: number | null;
}

export interface Session {
  /** The deck studied, or null for all decks. */
  deckId: string | null;
  startedAt: number;
  /** Null once the queue is empty: show the summary. */
  current: CurrentCard | null;
  revealed: boolean;
  remaining: QueueCounts;
  summary: SessionSummary;
  /** How many grades undo can take back. */
  undoDepth: number;
}

export interface SessionSlice {
  session: Session | null;
  /**
   * Build the queue for one deck (or all) and show its first card. Replaces any session.
   * With `cardIds`, the session is over exactly those cards, due or not ("study these now").
   */
  startSession: (now: number, deckId?: string | null, cardIds?: readonly string[]) => void;
  /** Show the answer (and work out the grade buttons' intervals). */
  reveal: () => void;
  /** Grade the card on screen (only once its answer is shown, as in Anki) and show the next. */
  answer: (grade: Grade, now: number) => void;
  /** Take back the last grade: the card and its log go back exactly, and the card is shown again. */
  undo: (now: number) => void;
  endSession: () => void;
  /**
   * Cards changed elsewhere (another tab, an import): move them in the queue to where their new
   * progress puts them. The card on screen is replaced unless its answer is already shown.
   */
  syncCards: (cardIds: Iterable<string>, now: number) => void;
}

/** What a study grade's undo restores besides the card's record. */
interface UndoExtra {
  source: QueueSource;
  requeued: boolean;
  summary: SessionSummary;
}

interface Runtime {
  queue: SessionQueue;
  scope: readonly Card[];
  /** The ids of `scope`, built on the first change from elsewhere. */
  scopeIds: Set<string> | null;
  history: GradeHistory<UndoExtra>;
}

/** What the session slice needs besides the state: the scheduler for the current settings. */
export interface SessionDeps {
  scheduler: (state: AppState) => Scheduler;
}

/** The session slice. */
export function createSessionSlice(deps: SessionDeps): AppSliceCreator<SessionSlice> {
  let rt: Runtime | null = null;

  return (set, get) => {
    const current = (item: QueueItem, now: number, progress: ReadonlyMap<string, CardProgress> = get().progress): CurrentCard => {
      const state = progress.get(item.cardId)?.sched.state ?? 'new';
      return { cardId: item.cardId, source: item.source, state, shownAt: now, preview: null };
    };

    /** The grade buttons' intervals for the card on screen: when it would be due after each grade. */
    const previewOf = (shown: CurrentCard): Record<Grade, number> => {
      const s = get();
      const scheduler = deps.scheduler(s);
      const from = s.progress.get(shown.cardId)?.sched;
      return scheduler.previewIntervals(from ?? scheduler.newCardState(shown.shownAt), shown.shownAt);
    };

    /** What `grade` does to the card on screen at `now` (what its button showed, in the same minute). */
    const gradeOf = (prev: CardProgress | undefined, grade: Grade, now: number): GradeResult => {
      const scheduler = deps.scheduler(get());
      return scheduler.grade(prev?.sched ?? scheduler.newCardState(now), grade, now);
    };

    /** The state and button intervals of a card on screen, from its progress now (it may have changed elsewhere). */
    const currentState = (shown: CurrentCard, revealed: boolean): Pick<CurrentCard, 'state' | 'preview'> => {
      const c = current({ cardId: shown.cardId, source: shown.source }, shown.shownAt);
      return { state: c.state, preview: revealed ? previewOf(c) : null };
    };

    /** Show the next card, or finish: the summary's next due time is worked out once, here. */
    const advance = (runtime: Runtime, session: Session, summary: SessionSummary, now: number, progress = get().progress): Session => {
      const item = takeNext(runtime.queue, now);
      const nextDueAt = item ? null : nextAvailableAt(runtime.scope, progress, now, get().settings);
      return {
        ...session,
        current: item ? current(item, now, progress) : null,
        revealed: false,
        remaining: remainingCounts(runtime.queue),
        summary: { ...summary, nextDueAt },
        undoDepth: runtime.history.depth,
      };
    };

    return {
      session: null,

      startSession(now, deckId = null, cardIds) {
        const { collection, cardIndex, progress, settings } = get();
        if (cardIds) {
          const scope = cardIds.flatMap((id) => cardIndex.get(id) ?? []);
          rt = { queue: buildListQueue(scope, progress, now, settings), scope, scopeIds: null, history: createGradeHistory() };
        } else {
          const scope = deckId === null ? collection.cards : collection.cards.filter((c) => c.deck === deckId);
          rt = { queue: buildQueue(scope, progress, now, settings), scope, scopeIds: null, history: createGradeHistory() };
        }
        const empty: Session = {
          deckId,
          startedAt: now,
          current: null,
          revealed: false,
          remaining: remainingCounts(rt.queue),
          summary: { reviewed: 0, again: 0, timeSpentMs: 0, nextDueAt: null },
          undoDepth: 0,
        };
        set({ session: advance(rt, empty, empty.summary, now) });
      },

      reveal() {
        const { session } = get();
        const shown = session?.current;
        if (!session || !shown || session.revealed) return;
        set({ session: { ...session, revealed: true, current: { ...shown, preview: previewOf(shown) } } });
      },

      answer(grade, now) {
        const state = get();
        const { session } = state;
        const shown = session?.current;
        const runtime = rt;
        if (!runtime || !session || !shown || !session.revealed) return;
        const result = gradeOf(state.progress.get(shown.cardId), grade, now);
        const inSteps = result.state.state === 'learning' || result.state.state === 'relearning';
        const requeued = inSteps && requeueLearning(runtime.queue, shown.cardId, result.state.due);
        const summary: SessionSummary = {
          ...session.summary,
          reviewed: session.summary.reviewed + 1,
          again: session.summary.again + (grade === 'again' ? 1 : 0),
          timeSpentMs: session.summary.timeSpentMs + Math.min(Math.max(0, now - shown.shownAt), MAX_ANSWER_MS),
        };
        // The next card is picked with the new record in place (a card requeued may come straight back).
        runtime.history.grade(state, shown.cardId, result, { source: shown.source, requeued, summary: session.summary }, (progress) => ({
          session: advance(runtime, session, summary, now, progress),
        }));
      },

      undo(now) {
        const state = get();
        const { session } = state;
        const runtime = rt;
        if (!runtime || !session || runtime.history.depth === 0) return;
        const onScreen = session.current;
        if (onScreen) putBack(runtime.queue, { cardId: onScreen.cardId, source: onScreen.source });
        runtime.history.undo(state, ({ cardId, extra }, progress) => {
          // The requeued card may be the one just handed back (learn ahead): cancelRequeue finds it there too.
          if (extra.requeued) cancelRequeue(runtime.queue, cardId);
          return {
            session: {
              ...session,
              current: current({ cardId, source: extra.source }, now, progress),
              revealed: false,
              remaining: remainingCounts(runtime.queue),
              summary: extra.summary,
              undoDepth: runtime.history.depth,
            },
          };
        });
      },

      endSession() {
        rt = null;
        set({ session: null });
      },

      syncCards(cardIds, now) {
        const { session, progress } = get();
        if (!rt || !session) return;
        rt.scopeIds ??= new Set(rt.scope.map((c) => c.id));
        const onScreen = session.current;
        let touched = false;
        let replaceCurrent = false;
        for (const id of cardIds) {
          if (!rt.scopeIds.has(id)) continue;
          touched = true;
          // An undo here would restore a record from before the other tab's review and lose it.
          if (rt.history.holds(id)) rt.history.clear();
          if (onScreen?.cardId === id) replaceCurrent = !session.revealed;
          else resyncCard(rt.queue, id, progress.get(id));
        }
        if (!touched) return;
        if (replaceCurrent && onScreen) {
          // Not yet answered here: it goes where the other tab's grade put it, and the next card shows.
          putBack(rt.queue, { cardId: onScreen.cardId, source: onScreen.source });
          resyncCard(rt.queue, onScreen.cardId, progress.get(onScreen.cardId));
          set({ session: advance(rt, session, session.summary, now) });
          return;
        }
        // Answer shown (or the summary): it stays, with buttons worked out from its progress now.
        const shown = onScreen ? { ...onScreen, ...currentState(onScreen, session.revealed) } : null;
        set({ session: { ...session, current: shown, remaining: remainingCounts(rt.queue), undoDepth: rt.history.depth } });
      },
    };
  };
}
