/** Storage that refuses, in each browser's words: studying goes on, and a notice says why. */
import { afterEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY, createPersistence } from '../../src/store/persistence.ts';
import { browserStorage, isQuotaError } from '../../src/store/safe-storage.ts';
import { makeCards, makeCollection } from '../support/cards.ts';
import { FailingStorage } from '../support/memory-storage.ts';
import { createTestPersistence, createTestStore } from '../support/store.ts';
import { NOW } from '../support/time.ts';

const collection = makeCollection(makeCards(['a', 'b']));

/** Grade the first card and write at once; the notices that follow. */
function gradeAndSave(storage: FailingStorage) {
  const persistence = createTestPersistence({ storage });
  const store = createTestStore({ collection, persistence });
  store.getState().startSession(NOW);
  store.getState().reveal();
  store.getState().answer('good', NOW + 1000);
  persistence.flush();
  return store;
}

describe('a full quota', () => {
  const errors: [string, () => Error][] = [
    ['Chromium and Safari: QuotaExceededError', () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' })],
    ['older Firefox: NS_ERROR_DOM_QUOTA_REACHED', () => Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
    ['a legacy code 22', () => Object.assign(new Error('quota'), { name: 'Error', code: 22 })],
    ['a legacy code 1014', () => Object.assign(new Error('quota'), { name: 'Error', code: 1014 })],
  ];

  it.each(errors)('is recognised: %s', (_, error) => {
    expect(isQuotaError(error())).toBe(true);
    const storage = new FailingStorage();
    storage.failWith = error;
    const store = gradeAndSave(storage);
    expect(store.getState().notices).toEqual([expect.objectContaining({ kind: 'not-saved', reason: 'quota' })]);
    expect(store.getState().progress.has('a')).toBe(true);
  });

  it('is not mistaken for another refusal', () => {
    expect(isQuotaError(new Error('SecurityError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    const storage = new FailingStorage();
    storage.failWith = () => Object.assign(new Error('denied'), { name: 'SecurityError' });
    expect(gradeAndSave(storage).getState().notices).toEqual([expect.objectContaining({ kind: 'not-saved', reason: 'unavailable' })]);
  });

  it('the notice goes with the first save of progress that works', () => {
    const storage = new FailingStorage();
    storage.failWith = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const store = gradeAndSave(storage);
    storage.failWith = null;
    store.getState().reveal();
    store.getState().answer('good', NOW + 2000);
    window.dispatchEvent(new Event('pagehide'));
    expect(store.getState().notices).toEqual([]);
    expect(storage.getItem(PROGRESS_KEY)).not.toBeNull();
  });
});

describe('no storage at all', () => {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (own) Object.defineProperty(globalThis, 'localStorage', own);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('where merely reading localStorage throws (a sandboxed frame), the app starts in memory and says so', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed.', 'SecurityError');
      },
    });
    expect(browserStorage()).toBeNull();
    // No storage given: the persistence looks for the browser's own, as the app's does.
    const store = createTestStore({ collection, persistence: createPersistence() });
    expect(store.getState().notices).toEqual([expect.objectContaining({ kind: 'not-saved', reason: 'unavailable' })]);
    store.getState().startSession(NOW);
    expect(store.getState().session?.current?.cardId).toBe('a');
  });
});
