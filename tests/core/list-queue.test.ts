import { describe, expect, it } from 'vitest';
import { buildListQueue } from '../../src/core/list-queue.ts';
import { requeueLearning, takeNext } from '../../src/core/queue.ts';
import { makeCard, makeCards } from '../support/cards.ts';
import { learntProgress } from '../support/progress.ts';
import { drainQueue } from '../support/queue.ts';
import { DAY, NOW } from '../support/time.ts';

describe('buildListQueue ("study these now")', () => {
  it('takes every listed card, due or not, in the order given, and no others', () => {
    const progress = new Map([
      ['later', learntProgress('review', NOW + 30 * DAY)],
      ['due', learntProgress('review', NOW - DAY)],
      ['relearn', learntProgress('relearning', NOW + 5 * DAY)],
    ]);
    const q = buildListQueue([makeCard('later'), makeCard('relearn'), makeCard('due')], progress, NOW, { dayStartHour: 4 });
    expect(drainQueue(q, NOW)).toEqual(['later', 'relearn', 'due']);
  });

  it('has no daily new-card limit and lists each card once', () => {
    const q = buildListQueue([makeCard('n1'), makeCard('n2'), makeCard('n1')], new Map(), NOW, { dayStartHour: 4 });
    expect(q.counts).toEqual({ new: 2, learning: 0, review: 0 });
    expect(drainQueue(q, NOW)).toEqual(['n1', 'n2']);
    // More new cards than a day's default limit (20): every listed one is handed out.
    const many = makeCards(Array.from({ length: 30 }, (_, i) => `m${i}`));
    expect(drainQueue(buildListQueue(many, new Map(), NOW, { dayStartHour: 4 }), NOW)).toHaveLength(30);
  });

  it('a card failed again comes back within the session', () => {
    const q = buildListQueue([makeCard('a')], new Map([['a', learntProgress('review', NOW + DAY)]]), NOW, { dayStartHour: 4 });
    expect(takeNext(q, NOW)?.cardId).toBe('a');
    expect(requeueLearning(q, 'a', NOW + 10 * 60_000)).toBe(true);
    expect(takeNext(q, NOW)?.cardId).toBe('a');
  });
});
