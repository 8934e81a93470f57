import { act, renderHook } from '@testing-library/react';
import { createElement } from 'react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_SCHEMA_VERSION, decodeProgress } from '../../src/core/progress.ts';
import type { Card } from '../../src/core/types.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY, SETTINGS_KEY } from '../../src/store/persistence.ts';
import type { KeyValueStorage } from '../../src/store/persistence.ts';
import { selectCanUndo, selectCardState, selectCurrentCard, selectDeckCounts } from '../../src/store/selectors.ts';
import { UNDO_LIMIT } from '../../src/store/grade-history.ts';
import { MAX_ANSWER_MS } from '../../src/store/session-slice.ts';
import { StoreProvider, useStore } from '../../src/store/use-store.ts';
import { makeCard, makeCards, makeCollection } from '../support/cards.ts';
import { FailingStorage, quotaError } from '../support/memory-storage.ts';
import { STORED_CARD } from '../support/progress.ts';
import { createTestStore, gradeOnScreen } from '../support/store.ts';
import { MIN, NOW } from '../support/time.ts';

const CARDS = [...makeCards(['a', 'b', 'c']), makeCard('x', { deck: 'sql' })];

function makeStore(ls: FailingStorage, cards: Card[] = CARDS, now = NOW): AppStore {
  return createTestStore({ collection: makeCollection(cards), storage: ls, debounceMs: 50, now });
}

let ls: FailingStorage;
beforeEach(() => {
  ls = new FailingStorage();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('study session', () => {
  it('shows the first card, and the interval each button would give once its answer is shown', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    let s = store.getState();
    expect(selectCurrentCard(s)?.id).toBe('a');
    expect(s.session?.current).toMatchObject({ cardId: 'a', source: 'new', state: 'new', shownAt: NOW, preview: null });
    expect(s.session?.remaining).toEqual({ new: 3, learning: 0, review: 0 });
    store.getState().reveal();
    s = store.getState();
    expect(s.session?.current?.preview?.again).toBe(NOW + 1 * MIN);
    expect(s.session?.current?.preview?.good).toBe(NOW + 10 * MIN);
  });

  it('a deck session only has that deck', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW, 'sql');
    expect(store.getState().session?.remaining).toEqual({ new: 0, learning: 0, review: 0 });
    expect(selectCurrentCard(store.getState())?.id).toBe('x');
  });

  it('a grade before the answer is shown does nothing', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    store.getState().answer('good', NOW + 1000);
    expect(store.getState().progress.size).toBe(0);
    expect(store.getState().session?.current?.cardId).toBe('a');
  });

  it('a failed card comes back within the session, then the summary counts it all', () => {
    const store = makeStore(ls, [makeCard('a'), makeCard('b')]);
    store.getState().startSession(NOW);
    expect(gradeOnScreen(store, 'again', NOW + 5000)).toBe('a');
    expect(gradeOnScreen(store, 'good', NOW + 10_000)).toBe('b');
    // Nothing else is left, so a comes back early (learn ahead), then b.
    expect(gradeOnScreen(store, 'good', NOW + 20_000)).toBe('a');
    expect(gradeOnScreen(store, 'good', NOW + 11 * MIN)).toBe('b');
    expect(gradeOnScreen(store, 'good', NOW + 21 * MIN)).toBe('a');
    const { session } = store.getState();
    expect(session?.current).toBeNull();
    expect(session?.summary).toMatchObject({ reviewed: 5, again: 1 });
    expect(session?.summary.timeSpentMs).toBe(5000 + 5000 + 10_000 + MAX_ANSWER_MS + MAX_ANSWER_MS);
    // Both cards graduated; the next one is due at the start of a later study day.
    expect(session?.summary.nextDueAt).toBeGreaterThanOrEqual(new Date(2025, 2, 11, 4).getTime());
    expect(selectCardState(store.getState(), 'a')).toBe('review');
  });

  it('a grade, and its undo, reach subscribers as one change: the new record and the next card together', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    store.getState().reveal();
    const seen: { version: number; cardId: string | undefined; graded: boolean }[] = [];
    store.subscribe((s) => seen.push({ version: s.progressVersion, cardId: s.session?.current?.cardId, graded: s.progress.has('a') }));
    const before = store.getState().progressVersion;

    store.getState().answer('good', NOW + 1000);
    expect(seen).toEqual([{ version: before + 1, cardId: 'b', graded: true }]);

    store.getState().undo(NOW + 2000);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ version: before + 2, cardId: 'a', graded: false });
  });

  it('a grade counts from when it is given, also minutes after the answer was shown', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    store.getState().reveal();
    store.getState().answer('good', NOW + 3 * MIN + 5000);
    expect(store.getState().progress.get('a')?.sched).toMatchObject({ lastReview: NOW + 3 * MIN, due: NOW + 13 * MIN });
  });

  it('a grade starts from the card as it is then, when another tab graded it after the answer was shown', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    store.getState().reveal();
    const other = makeStore(new FailingStorage());
    other.getState().startSession(NOW);
    gradeOnScreen(other, 'again', NOW);
    store.getState().applyProgressChanges(new Map([['a', other.getState().progress.get('a')]]));

    store.getState().answer('good', NOW + 1000);
    // Its second review, after the other tab's Again; graded from the reveal's state, it would be its first.
    expect(store.getState().progress.get('a')?.sched).toMatchObject({ state: 'learning', reps: 2 });
  });

  it('new cards introduced in an earlier session today count against the limit', () => {
    const cards = Array.from({ length: 6 }, (_, i) => makeCard(`n${i}`));
    const store = makeStore(ls, cards);
    store.getState().updateSettings({ newPerDay: 3 });
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'easy', NOW + 1000);
    gradeOnScreen(store, 'easy', NOW + 2000);
    store.getState().endSession();
    store.getState().startSession(NOW + 3000);
    expect(store.getState().session?.remaining.new).toBe(0); // one on screen, none left behind it
    expect(store.getState().session?.current?.source).toBe('new');
  });
});

describe('undo', () => {
  it('goes back 12 grades, restoring each card and its log exactly', () => {
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(10);
    const cards = Array.from({ length: 14 }, (_, i) => makeCard(`n${i}`));
    const store = makeStore(ls, cards);
    store.getState().updateSettings({ newPerDay: 50 });
    store.getState().startSession(NOW);
    const before: { id: string; record: unknown; remaining: unknown }[] = [];
    let now = NOW;
    for (let i = 0; i < 12; i += 1) {
      const s = store.getState();
      const id = s.session!.current!.cardId;
      before.push({ id, record: s.progress.get(id), remaining: s.session!.remaining });
      gradeOnScreen(store, i % 3 === 0 ? 'again' : 'good', (now += 7000));
    }
    for (let i = 11; i >= 0; i -= 1) {
      store.getState().undo((now += 1000));
      const s = store.getState();
      const { id, record, remaining } = before[i]!;
      expect(s.session?.current?.cardId).toBe(id);
      expect(s.session?.revealed).toBe(false);
      expect(s.progress.get(id)).toBe(record); // the very same record: state and log
      expect(s.session?.remaining).toEqual(remaining);
    }
    expect(store.getState().progress.size).toBe(0);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(store.getState().session?.summary.reviewed).toBe(0);
  });

  it('after undo the queue goes on exactly as before', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'again', NOW + 1000);
    gradeOnScreen(store, 'good', NOW + 2000);
    store.getState().undo(NOW + 3000);
    store.getState().undo(NOW + 4000);
    const order = [gradeOnScreen(store, 'again', NOW + 5000), gradeOnScreen(store, 'good', NOW + 6000), gradeOnScreen(store, 'good', NOW + 7000)];
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('regression: undoing a grade whose card came straight back (learn ahead) does not show it twice', () => {
    const store = makeStore(ls, [makeCard('only')]);
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'again', NOW + 1000);
    expect(store.getState().session?.current).toMatchObject({ cardId: 'only', source: 'learning' });
    store.getState().undo(NOW + 2000);
    expect(store.getState().session?.remaining).toEqual({ new: 0, learning: 0, review: 0 });
    gradeOnScreen(store, 'easy', NOW + 3000);
    expect(store.getState().session?.current).toBeNull();
  });

  it('from the summary screen brings back the last card', () => {
    const store = makeStore(ls, [makeCard('a')]);
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'easy', NOW + 1000);
    expect(store.getState().session?.current).toBeNull();
    store.getState().undo(NOW + 2000);
    expect(store.getState().session?.current?.cardId).toBe('a');
    expect(store.getState().progress.has('a')).toBe(false);
  });
});

describe('persistence', () => {
  it('saves after a grade without blocking it, and progress survives a reload', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'good', NOW + 1000);
    expect(ls.data.has(PROGRESS_KEY)).toBe(false); // not written while the next card is shown
    vi.advanceTimersByTime(60);
    const saved = ls.data.get(PROGRESS_KEY);
    expect(saved && JSON.parse(saved).v).toBe(PROGRESS_SCHEMA_VERSION);
    const reloaded = makeStore(ls);
    expect(reloaded.getState().progress.get('a')).toEqual(store.getState().progress.get('a'));
    expect(reloaded.getState().notices).toEqual([]);
  });

  it('a burst of grades makes one write', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    for (let i = 0; i < 3; i += 1) gradeOnScreen(store, 'easy', NOW + i * 1000);
    vi.advanceTimersByTime(60);
    expect(ls.writes).toBe(1);
    // The one write holds every grade of the burst.
    const stored = decodeProgress(ls.data.get(PROGRESS_KEY)!);
    expect(stored.ok && [...stored.value.progress.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('flushes pending progress when the page is hidden', () => {
    const store = makeStore(ls);
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'good', NOW + 1000);
    window.dispatchEvent(new Event('pagehide'));
    expect(ls.data.has(PROGRESS_KEY)).toBe(true);
  });

  it('a card that leaves the notes keeps its progress, and gets it back when it returns', () => {
    const store = makeStore(ls, [makeCard('a'), makeCard('b')]);
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'easy', NOW + 1000);
    vi.advanceTimersByTime(60);
    const record = store.getState().progress.get('a');

    const without = makeStore(ls, [makeCard('b')], NOW + MIN);
    without.getState().startSession(NOW + MIN);
    gradeOnScreen(without, 'easy', NOW + MIN + 1000);
    vi.advanceTimersByTime(60);
    const stored = decodeProgress(ls.data.get(PROGRESS_KEY)!);
    expect(stored.ok && stored.value.progress.get('a')).toEqual(record);

    const back = makeStore(ls, [makeCard('a'), makeCard('b')], NOW + 2 * MIN);
    expect(back.getState().progress.get('a')).toEqual(record);
    expect(selectCardState(back.getState(), 'a')).toBe('review');
  });

  it('damaged progress: the raw value is kept under a backup key and what can be read is used', () => {
    const raw = `{"v":1,"cards":{"a":${STORED_CARD},"b":"garbage"}}`;
    ls.data.set(PROGRESS_KEY, raw);
    const store = makeStore(ls);
    const [notice] = store.getState().notices;
    expect(notice).toMatchObject({ kind: 'damaged', what: 'progress', kept: 1, lost: 1, backupKey: `${BACKUP_KEY_PREFIX}${NOW}` });
    expect(ls.data.get(`${BACKUP_KEY_PREFIX}${NOW}`)).toBe(raw);
    expect(store.getState().progress.has('a')).toBe(true);
    store.getState().dismissNotice('damaged');
    expect(store.getState().notices).toEqual([]);
  });

  it('unreadable progress starts empty, with the whole value backed up', () => {
    ls.data.set(PROGRESS_KEY, '{"v":1,"cards":{"a":[2,');
    const store = makeStore(ls);
    expect(store.getState().notices[0]).toMatchObject({ kind: 'damaged', lost: null });
    expect(ls.data.get(`${BACKUP_KEY_PREFIX}${NOW}`)).toBe('{"v":1,"cards":{"a":[2,');
    expect(store.getState().progress.size).toBe(0);
  });

  it('regression: if the backup cannot be written, the damaged value is never overwritten', () => {
    const raw = '{"v":2,"cards":{"a":"garbage"}}';
    ls.data.set(PROGRESS_KEY, raw);
    ls.failWith = (key) => (key.startsWith(BACKUP_KEY_PREFIX) ? quotaError() : null);
    const store = makeStore(ls);
    expect(store.getState().notices).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'not-saved', reason: 'backup-failed' }), expect.objectContaining({ kind: 'damaged', backupKey: null })]),
    );
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'good', NOW + 1000);
    store.getState().startSession(NOW + 2000);
    vi.advanceTimersByTime(60);
    expect(ls.data.get(PROGRESS_KEY)).toBe(raw);
  });

  it('storage full: studying goes on in memory with a "not saved" notice, cleared once a save works', () => {
    const store = makeStore(ls);
    ls.failWith = () => quotaError();
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'good', NOW + 1000);
    vi.advanceTimersByTime(60);
    expect(store.getState().notices).toEqual([expect.objectContaining({ kind: 'not-saved', reason: 'quota' })]);
    expect(store.getState().session?.current?.cardId).toBe('b');
    ls.failWith = null;
    gradeOnScreen(store, 'good', NOW + 2000);
    vi.advanceTimersByTime(60);
    expect(store.getState().notices).toEqual([]);
    expect(ls.data.has(PROGRESS_KEY)).toBe(true);
  });

  it('regression: a storage that throws on every call does not stop the app from starting', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
      length: 0,
      key: () => null,
    };
    const store = createTestStore({ collection: makeCollection(CARDS), storage: broken });
    expect(store.getState().notices[0]).toMatchObject({ kind: 'not-saved', reason: 'unavailable' });
    store.getState().startSession(NOW);
    expect(store.getState().session?.current?.cardId).toBe('a');
  });
});

describe('settings', () => {
  it('defaults: 20 new a day, retention 0.9, day starts at 4, Russian, system theme, no interview date', () => {
    expect(makeStore(ls).getState().settings).toEqual({
      newPerDay: 20,
      desiredRetention: 0.9,
      dayStartHour: 4,
      language: 'ru',
      theme: 'system',
      interviewDate: null,
    });
  });

  it('saves valid changes, rejects invalid ones, and restores them on reload', () => {
    const store = makeStore(ls);
    expect(store.getState().updateSettings({ language: 'en', dayStartHour: 25 as number })).toEqual(['dayStartHour']);
    expect(JSON.parse(ls.data.get(SETTINGS_KEY)!)).toMatchObject({ v: 1, language: 'en', dayStartHour: 4 });
    expect(makeStore(ls).getState().settings.language).toBe('en');
  });

  it('a damaged settings field falls back to its default with a notice', () => {
    ls.data.set(SETTINGS_KEY, '{"v":1,"newPerDay":-5,"language":"en"}');
    const store = makeStore(ls);
    expect(store.getState().settings).toMatchObject({ newPerDay: 20, language: 'en' });
    expect(store.getState().notices[0]).toMatchObject({ kind: 'damaged', what: 'settings', lost: 1 });
  });

  it('a higher desired retention shortens the intervals shown on the buttons', () => {
    const store = makeStore(ls, [makeCard('a'), makeCard('b')]);
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'easy', NOW);
    store.getState().endSession();
    const reviewAt = store.getState().progress.get('a')!.sched.due;
    store.getState().startSession(reviewAt);
    store.getState().reveal();
    const loose = store.getState().session!.current!.preview!.good;
    store.getState().updateSettings({ desiredRetention: 0.97 });
    store.getState().startSession(reviewAt);
    store.getState().reveal();
    expect(store.getState().session!.current!.cardId).toBe('a');
    expect(store.getState().session!.current!.preview!.good).toBeLessThan(loose);
  });
});

describe('deck counts', () => {
  it('are computed once per progress change, not per call', () => {
    const store = makeStore(ls);
    const first = selectDeckCounts(store.getState(), NOW);
    expect(first.total).toEqual({ new: 4, learning: 0, review: 0 });
    expect(first.byDeck.sql).toEqual({ new: 1, learning: 0, review: 0 });
    expect(selectDeckCounts(store.getState(), NOW + MIN)).toBe(first);
    store.getState().startSession(NOW);
    gradeOnScreen(store, 'again', NOW + 1000);
    const after = selectDeckCounts(store.getState(), NOW + 2000);
    expect(after).not.toBe(first);
    expect(after.total).toEqual({ new: 3, learning: 1, review: 0 });
  });
});

describe('useStore (React binding)', () => {
  it('re-renders with the selected value when an action changes it', () => {
    const store = makeStore(ls);
    const wrapper = ({ children }: { children: ReactNode }) => createElement(StoreProvider, { store }, children);
    const { result } = renderHook(() => useStore((s) => s.session?.current?.cardId ?? null), { wrapper });
    expect(result.current).toBeNull();
    act(() => store.getState().startSession(NOW));
    expect(result.current).toBe('a');
  });

  it('outside a StoreProvider it fails loudly', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => renderHook(() => useStore((s) => s.settings))).toThrow(/StoreProvider/);
    } finally {
      quiet.mockRestore();
    }
  });
});
