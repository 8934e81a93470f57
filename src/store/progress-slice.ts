/**
 * Scheduling progress of every card, keyed by card id, dormant cards included: a card that
 * leaves the notes keeps its entry here (and in storage) and picks it up again if it returns.
 *
 * The Map is mutated in place and `progressVersion` counts the changes. Copying a 10,000-entry
 * map on every grade would make each key press O(n); instead, anything derived from progress
 * (deck counts, saving) keys on the version. Read it through selectors and subscribe to the
 * version, not to the map.
 */
import type { CardProgress } from '../core/types.ts';
import type { AppSliceCreator, AppState } from './app-state.ts';

export interface ProgressSlice {
  /** Every card's progress; never mutate it from outside, use setCardProgress. */
  progress: ReadonlyMap<string, CardProgress>;
  /** Bumped on every change to `progress`. */
  progressVersion: number;
  /**
   * Replace one card's record, or remove it (undo of a first grade) with `undefined`. `andThen`
   * works out what follows from the new record (the next card); it lands in the same update, so
   * subscribers and React see one change per grade, not two.
   */
  setCardProgress: (cardId: string, record: CardProgress | undefined, andThen?: () => Partial<AppState>) => void;
  /** Replace or remove many records at once (another tab, an import, a reset): one version bump. */
  applyProgressChanges: (changes: ReadonlyMap<string, CardProgress | undefined>) => void;
}

/** The progress slice, starting from what storage gave back. */
export function createProgressSlice(initial: Map<string, CardProgress>): AppSliceCreator<ProgressSlice> {
  const progress = initial;
  return (set, get) => ({
    progress,
    progressVersion: 0,
    setCardProgress(cardId, record, andThen) {
      if (record) progress.set(cardId, record);
      else progress.delete(cardId);
      set({ ...andThen?.(), progressVersion: get().progressVersion + 1 });
    },
    applyProgressChanges(changes) {
      if (changes.size === 0) return;
      for (const [cardId, record] of changes) {
        if (record) progress.set(cardId, record);
        else progress.delete(cardId);
      }
      set({ progressVersion: get().progressVersion + 1 });
    },
  });
}
