/** Two tabs of the app on one localStorage: no review is lost to the other tab. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_SCHEMA_VERSION, decodeProgress } from '../../src/core/progress.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY } from '../../src/store/persistence.ts';
import { selectCanUndo } from '../../src/store/selectors.ts';
import { SharedStorage } from '../support/shared-storage.ts';
import { createTestStore, gradeOnScreen } from '../support/store.ts';
import { MIN, NOW } from '../support/time.ts';

let shared: SharedStorage;
beforeEach(() => {
  shared = new SharedStorage();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

/** A tab of the app over four new cards, a to d. */
function openTab(options: { events?: boolean } = {}, now = NOW): AppStore {
  return createTestStore({ ...shared.tab(options), debounceMs: 50, clock: () => now, now });
}
const onScreen = (tab: AppStore): string | undefined => tab.getState().session?.current?.cardId;
/** Let the debounced saves run (and the other tabs hear of them). */
const settle = (): void => {
  vi.advanceTimersByTime(60);
  vi.advanceTimersByTime(60);
};
const stored = () => {
  const r = decodeProgress(shared.data.get(PROGRESS_KEY) ?? '');
  if (!r.ok) throw new Error('nothing readable stored');
  return r.value.progress;
};

describe('two tabs studying at once', () => {
  it('a card reviewed in tab A leaves tab B\'s queue, the card on B\'s screen included', () => {
    const a = openTab();
    const b = openTab();
    a.getState().startSession(NOW);
    b.getState().startSession(NOW);
    expect(onScreen(b)).toBe('a');
    expect(gradeOnScreen(a, 'easy', NOW + 1000)).toBe('a');
    settle();
    expect(b.getState().progress.get('a')).toEqual(a.getState().progress.get('a'));
    expect(onScreen(b)).toBe('b'); // its answer was not shown, so the next card took its place
    expect(b.getState().session?.remaining).toEqual({ new: 2, learning: 0, review: 0 });
    gradeOnScreen(a, 'easy', NOW + 2000);
    settle();
    expect(onScreen(b)).toBe('c');
    // B is reading c's answer when A grades c: it stays on B's screen, and B's grade is kept too.
    b.getState().reveal();
    gradeOnScreen(a, 'easy', NOW + 3000);
    settle();
    expect(onScreen(b)).toBe('c');
    gradeOnScreen(b, 'good', NOW + 2 * MIN);
    settle();
    expect(onScreen(b)).toBe('d');
    expect(stored().get('c')?.log.map((e) => e.grade)).toEqual(['easy', 'good']);
  });

  it('the same card graded in both tabs before either saved keeps both reviews, and both tabs agree', () => {
    const a = openTab();
    const b = openTab();
    a.getState().startSession(NOW);
    b.getState().startSession(NOW);
    gradeOnScreen(a, 'easy', NOW + 1000);
    gradeOnScreen(b, 'again', NOW + 2 * MIN);
    settle();
    settle();
    const log = stored().get('a')?.log.map((e) => e.grade);
    expect(log).toEqual(['easy', 'again']);
    expect(a.getState().progress.get('a')).toEqual(stored().get('a'));
    expect(b.getState().progress.get('a')).toEqual(stored().get('a'));
  });

  it('regression: a stale tab that missed the other\'s saves merges before writing instead of overwriting', () => {
    const a = openTab();
    const stale = openTab({ events: false });
    a.getState().startSession(NOW);
    stale.getState().startSession(NOW);
    gradeOnScreen(a, 'easy', NOW + 1000); // a
    settle();
    stale.getState().endSession();
    stale.getState().startSession(NOW); // its queue still thinks "a" is new: it never heard of A's review
    gradeOnScreen(stale, 'easy', NOW + 2 * MIN);
    gradeOnScreen(stale, 'easy', NOW + 3 * MIN);
    settle();
    expect([...stored().keys()].sort()).toEqual(['a', 'b']);
    expect(stored().get('a')?.log).toHaveLength(2);
  });

  it('regression: an undo in one tab is not brought back by the other tab\'s copy', () => {
    const a = openTab();
    const b = openTab();
    a.getState().startSession(NOW);
    gradeOnScreen(a, 'easy', NOW + 1000);
    settle(); // B now holds A's review of "a"
    expect(b.getState().progress.has('a')).toBe(true);
    a.getState().undo(NOW + 2000);
    settle();
    expect(stored().has('a')).toBe(false);
    expect(b.getState().progress.has('a')).toBe(false);
  });

  it('an undo stack that refers to a card changed elsewhere is cleared, so the undo cannot erase that review', () => {
    const a = openTab();
    const b = openTab();
    a.getState().startSession(NOW);
    b.getState().startSession(NOW);
    gradeOnScreen(b, 'easy', NOW + 1000); // b's "a"
    b.getState().reveal();
    gradeOnScreen(a, 'good', NOW + 2000); // a's "a", saved first
    vi.advanceTimersByTime(60);
    expect(b.getState().session?.undoDepth).toBe(0);
    expect(b.getState().progress.get('a')?.log).toHaveLength(2);
    // Undo in B takes nothing back: both reviews of "a" stay, in B and in storage.
    expect(selectCanUndo(b.getState())).toBe(false);
    b.getState().undo(NOW + 3000);
    settle();
    expect(b.getState().progress.get('a')?.log.map((e) => e.grade).sort()).toEqual(['easy', 'good']);
    expect(stored().get('a')?.log.map((e) => e.grade).sort()).toEqual(['easy', 'good']);
  });

  it('a reset in one tab reaches the other', () => {
    const a = openTab();
    const b = openTab();
    a.getState().startSession(NOW);
    gradeOnScreen(a, 'easy', NOW + 1000);
    settle();
    a.getState().endSession();
    expect(a.getState().replaceProgress(new Map(), 'reset', NOW + MIN).ok).toBe(true);
    vi.advanceTimersByTime(1); // the other tab reads storage in when idle
    expect(b.getState().progress.size).toBe(0);
  });

  it('a value stored by a newer version in another tab is never written over', () => {
    const a = openTab();
    a.getState().startSession(NOW);
    const newer = `{"v":${PROGRESS_SCHEMA_VERSION + 1},"cards":{}}`;
    shared.tab().storage.setItem(PROGRESS_KEY, newer);
    gradeOnScreen(a, 'easy', NOW + 1000);
    settle();
    expect(shared.data.get(PROGRESS_KEY)).toBe(newer);
    expect(a.getState().notices).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'not-saved', reason: 'newer-version' })]));
    expect(a.getState().damagedValue('progress')).toBe(newer);
  });

  it('damage written by another tab is backed up, then this tab\'s progress is written over it', () => {
    const a = openTab();
    a.getState().startSession(NOW);
    gradeOnScreen(a, 'easy', NOW + 1000);
    settle();
    shared.tab().storage.setItem(PROGRESS_KEY, '{"v":2,"cards":{"a":');
    settle();
    expect(shared.data.get(`${BACKUP_KEY_PREFIX}${NOW}`)).toBe('{"v":2,"cards":{"a":');
    expect(stored().get('a')).toEqual(a.getState().progress.get('a'));
  });
});
