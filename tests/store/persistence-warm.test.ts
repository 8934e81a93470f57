// @vitest-environment node
/** After a load, the encoding cache is filled in idle time, so the first save costs what later ones do. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeProgress } from '../../src/core/progress.ts';
import { PROGRESS_KEY, createPersistence } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { makeProgress } from '../support/progress.ts';

const STORED = encodeProgress(new Map(Array.from({ length: 1000 }, (_, i) => [`card-${i}`, makeProgress({ reps: i })])));

/** requestIdleCallback that queues callbacks for the test to run, each with time for one slice. */
function fakeIdle(): { pending: Map<number, IdleRequestCallback>; cancelled: number[]; runNext: () => void } {
  const pending = new Map<number, IdleRequestCallback>();
  const cancelled: number[] = [];
  let id = 0;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    pending.set(++id, callback);
    return id;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    cancelled.push(handle);
    pending.delete(handle);
  });
  const runNext = (): void => {
    const [handle, callback] = [...pending][0] ?? [];
    if (handle === undefined || !callback) throw new Error('no idle callback pending');
    pending.delete(handle);
    let left = 3; // one slice's worth of time, then none
    callback({ didTimeout: false, timeRemaining: () => (left -= 3) + 3 });
  };
  return { pending, cancelled, runNext };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('filling the encoding cache after a load', () => {
  it('starts once the start-up is over, runs in short idle slices until every card is done, and writes nothing', () => {
    vi.useFakeTimers();
    const idle = fakeIdle();
    const storage = new MemoryStorage({ [PROGRESS_KEY]: STORED });
    const setItem = vi.spyOn(storage, 'setItem');
    const persistence = createPersistence({ storage });
    persistence.load(0);
    // Not while the first card is still on its way.
    expect(idle.pending.size).toBe(0);
    vi.advanceTimersByTime(1500);
    let slices = 0;
    while (idle.pending.size > 0) {
      idle.runNext();
      slices += 1;
    }
    // 10 slices of 100, and one that finds nothing left.
    expect(slices).toBe(11);
    expect(setItem).not.toHaveBeenCalled();
    persistence.dispose();
  });

  it('stops when the persistence is disposed, before it starts or midway', () => {
    vi.useFakeTimers();
    const idle = fakeIdle();
    const early = createPersistence({ storage: new MemoryStorage({ [PROGRESS_KEY]: STORED }) });
    early.load(0);
    early.dispose();
    vi.advanceTimersByTime(1500);
    expect(idle.pending.size).toBe(0);

    const persistence = createPersistence({ storage: new MemoryStorage({ [PROGRESS_KEY]: STORED }) });
    persistence.load(0);
    vi.advanceTimersByTime(1500);
    idle.runNext();
    const [waiting] = [...idle.pending.keys()];
    persistence.dispose();
    expect(idle.cancelled).toEqual([waiting]);
    expect(idle.pending.size).toBe(0);
  });

  it('is not started when nothing is stored', () => {
    const idle = fakeIdle();
    vi.useFakeTimers();
    createPersistence({ storage: new MemoryStorage() }).load(0);
    vi.advanceTimersByTime(1500);
    expect(idle.pending.size).toBe(0);
  });
});
