/**
 * Scheduling progress of every card, keyed by card id, dormant cards included: a card that
 * leaves the notes keeps its entry here (and in storage) and picks it up again if it returns.
 *
 * Updated immutably, as the rest of the store: every change makes a new Map (the records in it are
 * shared, not copied). At 10,000 cards that copy costs about 1 ms a grade on a desktop, ~5 ms at
 * the phone bench's 4× CPU (docs/performance.md): within the key press's frame, and anything
 * memoised on the progress can key on the Map itself. `progressVersion` counts the changes, for
 * the subscription that saves them.
 */
import type { CardProgress } from '../core/types.ts';
import type { AppSliceCreator, AppState } from './app-state.ts';

export interface ProgressSlice {
  /** Every card's progress; a new Map after every change. */
  progress: ReadonlyMap<string, CardProgress>;
  /** Bumped on every change to `progress`. */
  progressVersion: number;
  /**
   * Replace one card's record, or remove it (undo of a first grade) with `undefined`. `andThen`
   * works out what follows from the new progress (the next card); it lands in the same update, so
   * subscribers and React see one change per grade, never the record without its next card.
   */
  setCardProgress: (cardId: string, record: CardProgress | undefined, andThen?: (progress: ReadonlyMap<string, CardProgress>) => Partial<AppState>) => void;
  /** Replace or remove many records at once (another tab, an import, a reset): one change. */
  applyProgressChanges: (changes: ReadonlyMap<string, CardProgress | undefined>) => void;
}

/** The progress slice, starting from what storage gave back. */
export function createProgressSlice(initial: ReadonlyMap<string, CardProgress>): AppSliceCreator<ProgressSlice> {
  const changed = (progress: ReadonlyMap<string, CardProgress>, changes: Iterable<[string, CardProgress | undefined]>): Map<string, CardProgress> => {
    const next = new Map(progress);
    for (const [cardId, record] of changes) {
      if (record) next.set(cardId, record);
      else next.delete(cardId);
    }
    return next;
  };
  return (set, get) => ({
    progress: initial,
    progressVersion: 0,
    setCardProgress(cardId, record, andThen) {
      const progress = changed(get().progress, [[cardId, record]]);
      set({ ...andThen?.(progress), progress, progressVersion: get().progressVersion + 1 });
    },
    applyProgressChanges(changes) {
      if (changes.size === 0) return;
      set({ progress: changed(get().progress, changes), progressVersion: get().progressVersion + 1 });
    },
  });
}
