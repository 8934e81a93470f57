/** A learner's morning, shared by the tests of the first card painted before the store exists. */
import type { PackedIndex } from '../../src/core/collection-pack.ts';
import { unpackCollection } from '../../src/core/collection-pack.ts';
import type { CardProgress } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { PROGRESS_KEY, createPersistence } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const MIN = 60_000;

/**
 * The first `count` cards of a session over `index` graded Good from `now`, a minute apart (new
 * cards, so they go into learning steps and count against the day's new cards): the progress as
 * saved, and as the store holds it.
 */
export function gradedToday(index: PackedIndex, now: number, count: number): { stored: string; progress: ReadonlyMap<string, CardProgress> } {
  const storage = new MemoryStorage();
  const persistence = createPersistence({ storage });
  const store = createAppStore({ collection: unpackCollection(index, null), storage: persistence, now, scheduler: { fuzz: false } });
  store.getState().startSession(now);
  for (let i = 0; i < count; i += 1) {
    store.getState().reveal();
    store.getState().answer('good', now + i * MIN);
  }
  store.getState().endSession();
  persistence.flush();
  return { stored: storage.data.get(PROGRESS_KEY)!, progress: store.getState().progress };
}
