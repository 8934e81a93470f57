/**
 * Derived values for the weak-cards and browse screens (loaded with them, not at start-up). Anything that walks the whole
 * collection is memoised (on the collection, the progress version, the quiz misses), so a key press
 * or a re-render does not repeat it.
 */
import { createScheduler } from '../core/scheduler.ts';
import type { Scheduler } from '../core/scheduler.ts';
import { buildSearchIndex } from '../core/search.ts';
import type { SearchIndex } from '../core/search.ts';
import type { Card, CardState, QuizMisses } from '../core/types.ts';
import { rankWeakCards } from '../core/weak.ts';
import type { WeakCard } from '../core/weak.ts';
import type { AppState } from './app-state.ts';

const indexMemo = new WeakMap<readonly Card[], SearchIndex>();

/** The search index of the collection: built once, on first use (browse), not at start-up. */
export function selectSearchIndex(s: AppState): SearchIndex {
  let index = indexMemo.get(s.collection.cards);
  if (!index) {
    index = buildSearchIndex(s.collection.cards);
    indexMemo.set(s.collection.cards, index);
  }
  return index;
}

// Retrievability depends on a card's memory state and the time only, not on the desired retention.
let recallScheduler: Scheduler | null = null;
const retrievability: Scheduler['retrievability'] = (state, now) => (recallScheduler ??= createScheduler({ fuzz: false })).retrievability(state, now);

interface WeakMemo {
  progress: AppState['progress'];
  cards: readonly Card[];
  version: number;
  misses: ReadonlyMap<string, QuizMisses>;
  hour: number;
  value: readonly WeakCard[];
}
let weakMemo: WeakMemo | null = null;
const HOUR = 3_600_000;

/**
 * The weak cards, weakest first. Recomputed when progress or quiz misses change, and at most once
 * an hour otherwise (recall fades slowly; the list need not tick).
 */
export function selectWeakCards(s: AppState, now: number): readonly WeakCard[] {
  const hour = Math.floor(now / HOUR);
  const m = weakMemo;
  if (m && m.progress === s.progress && m.cards === s.collection.cards && m.version === s.progressVersion && m.misses === s.quizMisses && m.hour === hour) return m.value;
  const value = rankWeakCards(s.collection.cards, s.progress, s.quizMisses, { now, retrievability });
  weakMemo = { progress: s.progress, cards: s.collection.cards, version: s.progressVersion, misses: s.quizMisses, hour, value };
  return value;
}

let weakIdsMemo: { list: readonly WeakCard[]; ids: ReadonlySet<string> } | null = null;

/** The ids of the weak cards, for browse's "weak" filter. */
export function selectWeakIds(s: AppState, now: number): ReadonlySet<string> {
  const list = selectWeakCards(s, now);
  if (weakIdsMemo?.list !== list) weakIdsMemo = { list, ids: new Set(list.map((w) => w.card.id)) };
  return weakIdsMemo.ids;
}


let stateOfMemo: { progress: AppState['progress']; version: number; stateOf: (cardId: string) => CardState } | null = null;

/**
 * A card's state (`new` until first graded) as a function that changes identity whenever progress
 * changes: progress is a Map mutated in place, so this is what lets a memo depend on it.
 */
export function selectStateOf(s: AppState): (cardId: string) => CardState {
  const m = stateOfMemo;
  if (m && m.progress === s.progress && m.version === s.progressVersion) return m.stateOf;
  const progress = s.progress;
  const stateOf = (cardId: string): CardState => progress.get(cardId)?.sched.state ?? 'new';
  stateOfMemo = { progress, version: s.progressVersion, stateOf };
  return stateOf;
}
