/**
 * Every stored value (progress, settings, quiz, flags) is loaded, repaired and backed up the same
 * way (src/store/restore.ts), and every backup is listed and pruned by one policy (src/store/backups.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppStore } from '../../src/store/app-store.ts';
import { PROGRESS_KEY, SETTINGS_KEY, createPersistence } from '../../src/store/persistence.ts';
import type { KeyValueStorage } from '../../src/store/persistence.ts';
import { makeCards, makeCollection } from '../support/cards.ts';
import { FailingStorage, MemoryStorage, quotaError } from '../support/memory-storage.ts';
import { createTestStore } from '../support/store.ts';
import { MIN, NOW } from '../support/time.ts';

const QUIZ_KEY = 'flashcards.quiz';
const FLAGS_KEY = 'flashcards.flags';
const collection = makeCollection(makeCards(['q1', 'q2'], { deck: 'qs', kind: 'numbered' }), { qs: '50 questions' });
/** One quiz entry without its fields, one readable miss. */
const DAMAGED_QUIZ = '{"v":1,"quizzes":[{"deckId":"qs"}],"misses":[["q1",2,1000]]}';
/** One readable star, one entry that is not a mark. */
const DAMAGED_FLAGS = '{"v":1,"marks":[["q1",{"flagged":false,"note":"","starred":true,"updatedAt":5}],["q2","flagged"]]}';

/** A page load over `storage` at `now`: a fresh persistence and store, as after a reload. */
function open(storage: KeyValueStorage, now = NOW): AppStore {
  return createTestStore({ collection, storage, now });
}
const backupKeys = (storage: MemoryStorage): string[] => [...storage.data.keys()].filter((k) => k.includes('.backup.')).sort();

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('a damaged value', () => {
  it('regression: a damaged quiz or flags value is backed up once, however often it is loaded, and listed', () => {
    const storage = new MemoryStorage({ [QUIZ_KEY]: DAMAGED_QUIZ, [FLAGS_KEY]: DAMAGED_FLAGS });
    const first = open(storage);
    expect(first.getState().quizMisses.get('q1')).toEqual({ count: 2, last: 1000 });
    expect(first.getState().marks.get('q1')).toMatchObject({ starred: true });
    for (let load = 1; load < 3; load += 1) open(storage, NOW + load * MIN);

    expect(backupKeys(storage)).toEqual([`${FLAGS_KEY}.backup.${NOW}`, `${QUIZ_KEY}.backup.${NOW}`]);
    expect(storage.getItem(`${QUIZ_KEY}.backup.${NOW}`)).toBe(DAMAGED_QUIZ);
    expect(storage.getItem(`${FLAGS_KEY}.backup.${NOW}`)).toBe(DAMAGED_FLAGS);
    const again = open(storage, NOW + 3 * MIN);
    // Written back repaired: what was readable is kept, and the next load finds nothing wrong.
    expect(again.getState().notices).toEqual([]);
    expect(again.getState().marks.get('q1')).toMatchObject({ starred: true });
    expect(again.getState().listBackups()).toEqual([
      { key: `${FLAGS_KEY}.backup.${NOW}`, of: 'flags', at: NOW, reason: 'damaged', chars: DAMAGED_FLAGS.length },
      { key: `${QUIZ_KEY}.backup.${NOW}`, of: 'quiz', at: NOW, reason: 'damaged', chars: DAMAGED_QUIZ.length },
    ]);
  });

  it('is backed up once even when its repaired form cannot be written back', () => {
    const storage = new FailingStorage({ [QUIZ_KEY]: DAMAGED_QUIZ, [SETTINGS_KEY]: '{"v":1,"newPerDay":-1}' });
    storage.failWith = (key) => (key === QUIZ_KEY || key === SETTINGS_KEY ? quotaError() : null);
    for (let load = 0; load < 3; load += 1) {
      const store = open(storage, NOW + load * MIN);
      expect(store.getState().notices).toContainEqual(expect.objectContaining({ kind: 'damaged', what: 'quiz', backupKey: `${QUIZ_KEY}.backup.${NOW}` }));
    }
    expect(backupKeys(storage)).toEqual([`${QUIZ_KEY}.backup.${NOW}`, `flashcards.settings.backup.${NOW}`]);
    expect(storage.getItem(QUIZ_KEY)).toBe(DAMAGED_QUIZ);
  });

  it('damaged settings are listed among the backups, with what they are of', () => {
    const storage = new MemoryStorage({ [SETTINGS_KEY]: 'not json' });
    const store = open(storage);
    expect(store.getState().notices).toEqual([expect.objectContaining({ kind: 'damaged', what: 'settings', cause: 'unreadable' })]);
    expect(store.getState().listBackups()).toEqual([expect.objectContaining({ of: 'settings', reason: 'damaged', chars: 'not json'.length })]);
    expect(store.getState().readBackup(`flashcards.settings.backup.${NOW}`)).toBe('not json');
  });

  it('two different damaged values in the same millisecond get a backup each', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: '{"v":2,"cards":{"a":' });
    const persistence = createPersistence({ storage, externalChanges: () => () => undefined });
    persistence.load(NOW);
    storage.setItem(PROGRESS_KEY, '{"v":2,"cards":{"b":');
    createPersistence({ storage, externalChanges: () => () => undefined }).load(NOW);
    expect(persistence.listBackups().map((b) => storage.getItem(b.key)).sort()).toEqual(['{"v":2,"cards":{"a":', '{"v":2,"cards":{"b":']);
  });
});

describe('a value stored by a newer version of the app', () => {
  it('is never written over, nor copied, whether quiz, flags or settings', () => {
    const newer = { [QUIZ_KEY]: '{"v":2,"quizzes":"elsewhere"}', [FLAGS_KEY]: '{"v":2,"marks":{}}', [SETTINGS_KEY]: '{"v":2,"theme":"dark","newPerDay":"many"}' };
    const storage = new MemoryStorage(newer);
    const store = open(storage);
    const damaged = store.getState().notices.filter((n) => n.kind === 'damaged');
    expect(damaged.map((n) => n.kind === 'damaged' && [n.what, n.cause])).toEqual([
      ['settings', 'newer-version'],
      ['quiz', 'newer-version'],
      ['flags', 'newer-version'],
    ]);
    store.getState().toggleStar('q1', NOW);
    store.getState().updateSettings({ newPerDay: 5 });
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    expect(Object.fromEntries([QUIZ_KEY, FLAGS_KEY, SETTINGS_KEY].map((k) => [k, storage.getItem(k)]))).toEqual(newer);
    expect(backupKeys(storage)).toEqual([]);
    expect(store.getState().damagedValue('quiz')).toBe(newer[QUIZ_KEY]);
    // What this version can read of newer settings is used, in memory only.
    expect(open(storage).getState().settings).toMatchObject({ theme: 'dark', newPerDay: 20 });
  });
});

describe('settings, read before progress', () => {
  it('are read and repaired once: load() gives what loadSettings() read, with one notice and one backup', () => {
    const storage = new MemoryStorage({ [SETTINGS_KEY]: '{"v":1,"theme":"dark","newPerDay":"many"}' });
    const persistence = createPersistence({ storage, externalChanges: () => () => undefined });
    const settings = persistence.loadSettings(NOW, { newPerDay: 20, desiredRetention: 0.9, dayStartHour: 4, language: 'en', theme: 'system', interviewDate: null });
    expect(settings).toMatchObject({ theme: 'dark', newPerDay: 20, language: 'en' });
    const loaded = persistence.load(NOW + MIN);
    expect(loaded.settings).toBe(settings);
    expect(persistence.notices).toEqual([expect.objectContaining({ kind: 'damaged', what: 'settings', lost: 1 })]);
    expect(backupKeys(storage)).toEqual([`flashcards.settings.backup.${NOW}`]);
  });
});

describe('what an earlier version left', () => {
  it('a stale flashcards.start (the early-paint cache) is removed on load, and progress is untouched', () => {
    const progress = '{"v":2,"cards":{}}';
    const storage = new MemoryStorage({ 'flashcards.start': 'x'.repeat(1000), [PROGRESS_KEY]: progress });
    const store = open(storage);
    expect(storage.getItem('flashcards.start')).toBeNull();
    expect(storage.getItem(PROGRESS_KEY)).toBe(progress);
    expect(store.getState().notices).toEqual([]);
  });
});
