/**
 * Flags (with a note for the author) and stars on cards, kept across reloads (app-store.ts saves
 * them at once: a flag is rare and must not be lost to a closed tab). There are few marks, so the
 * map is replaced on each change rather than mutated.
 */
import { flagCard, toggleStar, unflagCard } from '../core/marks.ts';
import type { CardMark } from '../core/types.ts';
import type { AppSliceCreator } from './app-state.ts';

export interface MarksSlice {
  /** Marks by card id; only cards flagged or starred have one. */
  marks: ReadonlyMap<string, CardMark>;
  toggleStar: (cardId: string, now: number) => void;
  /** Flag a card as wrong, with a note for the author (replaces the note there was). */
  flagCard: (cardId: string, note: string, now: number) => void;
  unflagCard: (cardId: string, now: number) => void;
}

/** The marks slice, starting from what storage gave back. */
export function createMarksSlice(initial: ReadonlyMap<string, CardMark>): AppSliceCreator<MarksSlice> {
  return (set, get) => ({
    marks: initial,
    toggleStar: (cardId, now) => set({ marks: toggleStar(get().marks, cardId, now) }),
    flagCard: (cardId, note, now) => set({ marks: flagCard(get().marks, cardId, note, now) }),
    unflagCard: (cardId, now) => set({ marks: unflagCard(get().marks, cardId, now) }),
  });
}
