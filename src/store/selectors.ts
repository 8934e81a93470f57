/**
 * Derived values for the screens. Anything that walks the whole collection is memoised on the
 * progress version, so it runs once per change, not once per render.
 */
import { dayKey } from '../core/day.ts';
import { countDue } from '../core/queue-counts.ts';
import type { QueueCounts } from '../core/queue.ts';
import type { Card, CardProgress, CardState } from '../core/types.ts';
import type { AppState } from './app-state.ts';

/** The card on screen in the study session, if any. */
export function selectCurrentCard(s: AppState): Card | undefined {
  const id = s.session?.current?.cardId;
  return id === undefined ? undefined : s.cardIndex.get(id);
}

/** A card's state for browse (`data-state`): 'new' until first graded. */
export function selectCardState(s: AppState, cardId: string): CardState {
  return s.progress.get(cardId)?.sched.state ?? 'new';
}

/** Whether Z has anything to undo. */
export function selectCanUndo(s: AppState): boolean {
  return (s.session?.undoDepth ?? 0) > 0;
}

export interface DeckCounts {
  total: QueueCounts;
  byDeck: Readonly<Record<string, QueueCounts>>;
}

interface CountsMemo {
  key: string;
  version: number;
  cards: readonly Card[];
  value: DeckCounts;
}
const countsMemo = new WeakMap<ReadonlyMap<string, CardProgress>, CountsMemo>();

/**
 * New / learning / due counts per deck and in total, for the home screen. The same object is
 * returned until progress, the collection, the limits or the study day change, so it is safe as
 * a zustand selector.
 */
export function selectDeckCounts(s: AppState, now: number): DeckCounts {
  const { newPerDay, dayStartHour } = s.settings;
  const key = `${newPerDay}|${dayStartHour}|${dayKey(now, dayStartHour)}`;
  const memo = countsMemo.get(s.progress);
  if (memo && memo.key === key && memo.version === s.progressVersion && memo.cards === s.collection.cards) return memo.value;
  const value = countDue(s.collection.cards, s.progress, now, { newPerDay, dayStartHour });
  countsMemo.set(s.progress, { key, version: s.progressVersion, cards: s.collection.cards, value });
  return value;
}
