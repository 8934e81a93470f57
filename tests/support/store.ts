/** A real store for tests: over an in-memory storage, no fuzz in the scheduler, saves at once. */
import type { Collection, Grade } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import type { AppStore, AppStoreOptions } from '../../src/store/app-store.ts';
import { createPersistence } from '../../src/store/persistence.ts';
import type { ExternalChanges, KeyValueStorage, Persistence } from '../../src/store/persistence.ts';
import { makeCards, makeCollection } from './cards.ts';
import { MemoryStorage } from './memory-storage.ts';
import { MIN, NOW } from './time.ts';
import { memoryVault } from './vault.ts';

/** Four new cards, a to d, in deck `orm`. */
export const FOUR_CARDS: Collection = makeCollection(makeCards(['a', 'b', 'c', 'd']));

export interface TestPersistenceOptions {
  /** What progress and settings are kept in: a fresh MemoryStorage unless given; null for none at all. */
  storage?: KeyValueStorage | null;
  /** Other tabs' writes (SharedStorage.tab() gives them with its storage); none unless given. */
  externalChanges?: ExternalChanges;
  /** How long a save waits after a grade: 0 (at once, once the timers run) unless given. */
  debounceMs?: number;
  /** The persistence's clock, for backups made outside a load. */
  clock?: () => number;
}

/** The persistence createTestStore puts a store over, for tests that drive it directly. */
export function createTestPersistence(options: TestPersistenceOptions = {}): Persistence {
  return createPersistence({
    storage: options.storage === undefined ? new MemoryStorage() : options.storage,
    externalChanges: options.externalChanges ?? (() => () => undefined),
    debounceMs: options.debounceMs ?? 0,
    now: options.clock,
  });
}

export interface TestStoreOptions extends TestPersistenceOptions, Pick<AppStoreOptions, 'answers' | 'preferredLanguages' | 'random' | 'notesVault' | 'imports' | 'importsFault'> {
  /** FOUR_CARDS unless given. */
  collection?: Collection;
  /** The time of loading: NOW unless given. */
  now?: number;
  /** A persistence the test made itself (to flush it, say): the storage options above are then unused. */
  persistence?: Persistence;
}

/** A store as the app makes one, loaded at `now`: see TestStoreOptions for the defaults. */
export function createTestStore(options: TestStoreOptions = {}): AppStore {
  const { collection = FOUR_CARDS, now = NOW, answers, preferredLanguages, random, notesVault = memoryVault(), imports, importsFault } = options;
  const storage = options.persistence ?? createTestPersistence(options);
  return createAppStore({ collection, storage, now, scheduler: { fuzz: false }, answers, preferredLanguages, random, notesVault, imports, importsFault });
}

/** Reveal and grade the card on screen at `now`; its id. */
export function gradeOnScreen(store: AppStore, grade: Grade, now: number): string {
  const id = store.getState().session!.current!.cardId;
  store.getState().reveal();
  store.getState().answer(grade, now);
  return id;
}

/** A session that grades the first `n` cards Easy, a minute apart from `start`, then ends. */
export function studyCards(store: AppStore, n: number, start = NOW): void {
  store.getState().startSession(start);
  for (let i = 0; i < n; i += 1) gradeOnScreen(store, 'easy', start + i * MIN);
  store.getState().endSession();
}
