// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CardProgress } from '../../src/core/types.ts';
import { createProgressSync } from '../../src/store/progress-sync.ts';
import { makeProgress } from '../support/progress.ts';

describe('what this tab last agreed on with storage', () => {
  it('after each save, sees exactly the cards changed since: graded, added, removed, or removed and added', () => {
    const sync = createProgressSync();
    const ours = new Map([
      ['a', makeProgress({ reps: 1 })],
      ['b', makeProgress({ reps: 1 })],
      ['c', makeProgress({ reps: 1 })],
    ]);
    sync.agree('t0', ours);
    expect(sync.hasLocalChanges(ours)).toBe(false);

    const steps: ((m: Map<string, CardProgress>) => void)[] = [
      (m) => m.set('a', makeProgress({ reps: 2 })), // a grade
      (m) => m.set('d', makeProgress({ reps: 1 })), // a first grade
      (m) => m.delete('b'), // an undo of a first grade
      (m) => {
        m.delete('c'); // as many cards as before, not the same ones
        m.set('e', makeProgress({ reps: 1 }));
      },
    ];
    steps.forEach((change, i) => {
      change(ours);
      expect(sync.hasLocalChanges(ours)).toBe(true);
      sync.agree(`t${i + 1}`, ours);
      expect(sync.text).toBe(`t${i + 1}`);
      expect(sync.hasLocalChanges(ours)).toBe(false);
    });
    // What was agreed is a snapshot: a later change to the live map is a local change.
    ours.set('a', makeProgress({ reps: 3 }));
    expect(sync.hasLocalChanges(ours)).toBe(true);
  });

  it('agreeing on an empty value (storage cleared, or a newer version there) forgets every card', () => {
    const sync = createProgressSync();
    const ours = new Map([['a', makeProgress({ reps: 1 })]]);
    sync.agree('t0', ours);
    sync.agree('t1', new Map());
    expect(sync.hasLocalChanges(ours)).toBe(true);
    expect(sync.hasLocalChanges(new Map())).toBe(false);
  });
});
