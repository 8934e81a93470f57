/**
 * Every save of progress stores the start snapshot beside it (src/store/persistence.ts), which the
 * next page load paints its first card from (src/main.tsx). It is a cache: it must never cost the
 * progress a byte of room, nor outlive the progress it was taken with.
 */
import { describe, expect, it } from 'vitest';
import { readStartSnapshot } from '../../src/core/start-snapshot.ts';
import type { Card, Collection } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { PROGRESS_KEY, START_KEY, createPersistence } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../memory-storage.ts';

const NOW = new Date(2025, 2, 10, 9, 0).getTime();
const MIN = 60_000;
const OPTS = { newPerDay: 20, dayStartHour: 4 };
const card = (id: string, topic?: string): Card => ({
  id,
  deck: 'orm',
  question: `Q ${id}`,
  answer: `A ${id}`,
  ...(topic ? { topic } : {}),
  source: { file: 'content/orm.md', line: 1 },
  kind: 'section',
});
const COLLECTION: Collection = {
  decks: [{ id: 'orm', title: 'ORM', kind: 'section', source: { file: 'content/orm.md', line: 1 }, cardCount: 4 }],
  cards: [card('a'), card('b', 'QuerySet'), card('c'), card('d')],
  skipped: [],
  warnings: [],
};

/** A storage whose writes fail once the stored characters would pass `limit`, as a browser's quota does. */
class QuotaStorage extends MemoryStorage {
  constructor(
    readonly limit: number,
    initial: Record<string, string> = {},
  ) {
    super(initial);
  }
  override setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.data) if (k !== key) used += k.length + v.length;
    if (used > this.limit) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    super.setItem(key, value);
  }
}

function makeStore(storage: MemoryStorage, indexVersion: string | null, now = NOW): AppStore {
  const persistence = createPersistence({ storage, debounceMs: 0, now: () => now, externalChanges: () => () => undefined });
  return createAppStore({ collection: COLLECTION, storage: persistence, now, scheduler: { fuzz: false }, ...(indexVersion === null ? {} : { indexVersion }) });
}

/** Grades the first `n` cards of a session Good, then saves. */
function study(storage: MemoryStorage, n: number, indexVersion: string | null): AppStore {
  const store = makeStore(storage, indexVersion);
  store.getState().startSession(NOW);
  for (let i = 0; i < n; i += 1) {
    store.getState().reveal();
    store.getState().answer('good', NOW + i * MIN);
  }
  store.getState().endSession();
  window.dispatchEvent(new Event('pagehide'));
  return store;
}

describe('the start snapshot, saved with the progress', () => {
  it('is stored by each save, for the progress saved with it, and gives the card the next session starts with', () => {
    const storage = new MemoryStorage();
    study(storage, 2, 'v1');
    const progress = storage.getItem(PROGRESS_KEY)!;
    const later = NOW + 5 * MIN;
    const first = readStartSnapshot(storage.getItem(START_KEY), { indexVersion: 'v1', progressChars: progress.length }, later, OPTS);

    const next = makeStore(new MemoryStorage({ [PROGRESS_KEY]: progress }), 'v1', later);
    next.getState().startSession(later);
    const session = next.getState().session!;
    expect(first).toEqual({ cardId: 'c', question: 'Q c', remaining: session.remaining, quizDeck: 'orm' });
    expect(session.current?.cardId).toBe('c');
  });

  it('is not stored by a store that does not know its index', () => {
    const storage = new MemoryStorage();
    study(storage, 1, null);
    expect(storage.getItem(PROGRESS_KEY)).not.toBeNull();
    expect(storage.getItem(START_KEY)).toBeNull();
  });

  it('never takes room the progress needs: the old one goes first, and one that does not fit is left out quietly', () => {
    // Room for the progress of two grades, not for the progress and any snapshot.
    const measure = new MemoryStorage();
    study(measure, 2, 'v1');
    const progressChars = PROGRESS_KEY.length + measure.getItem(PROGRESS_KEY)!.length;
    const storage = new QuotaStorage(progressChars + 20, { [START_KEY]: 'x'.repeat(200) });

    const store = study(storage, 2, 'v1');
    expect(storage.getItem(PROGRESS_KEY)).toBe(measure.getItem(PROGRESS_KEY));
    expect(storage.getItem(START_KEY)).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });

  it('goes when progress is written without one: a repair at load', () => {
    // One damaged entry: load() keeps a backup and writes the rest back, before any store exists.
    const storage = new MemoryStorage();
    study(storage, 2, 'v1');
    const damaged = storage.getItem(PROGRESS_KEY)!.replace('{"a":[', '{"zz":[9],"a":[');
    storage.setItem(PROGRESS_KEY, damaged);
    expect(storage.getItem(START_KEY)).not.toBeNull();

    createPersistence({ storage, externalChanges: () => () => undefined }).load(NOW);
    expect(storage.getItem(PROGRESS_KEY)).not.toBe(damaged);
    expect(storage.getItem(START_KEY)).toBeNull();
  });
});
