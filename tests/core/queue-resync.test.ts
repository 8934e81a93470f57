/** The queue when another tab changes cards it holds (src/core/queue.ts, resyncCard). */
import { describe, expect, it } from 'vitest';
import { buildQueue, putBack, remainingCounts, removeFromQueue, requeueLearning, resyncCard, takeNext } from '../../src/core/queue.ts';
import { makeCard, makeCards } from '../support/cards.ts';
import { learntProgress } from '../support/progress.ts';
import { drainQueue } from '../support/queue.ts';
import { DAY, MIN, NOW } from '../support/time.ts';

const OPTS = { newPerDay: 20, dayStartHour: 4 };

describe('resyncCard', () => {
  it('a card reviewed elsewhere, now due in days, leaves the queue and the counts', () => {
    const q = buildQueue(makeCards(['n1', 'n2', 'n3']), new Map(), NOW, OPTS);
    resyncCard(q, 'n2', learntProgress('review', NOW + 3 * DAY));
    expect(remainingCounts(q)).toEqual({ new: 2, learning: 0, review: 0 });
    expect(drainQueue(q, NOW)).toEqual(['n1', 'n3']);
  });

  it('a review failed elsewhere comes back here when its relearning step is due', () => {
    const cards = makeCards(['r1', 'r2']);
    const q = buildQueue(cards, new Map(cards.map((c) => [c.id, learntProgress('review', NOW - DAY)])), NOW, OPTS);
    resyncCard(q, 'r1', learntProgress('relearning', NOW + 10 * MIN));
    expect(remainingCounts(q)).toEqual({ new: 0, learning: 1, review: 1 });
    expect(takeNext(q, NOW)?.cardId).toBe('r2');
    expect(takeNext(q, NOW + 11 * MIN)).toEqual({ cardId: 'r1', source: 'learning' });
  });

  it('a card made due again elsewhere (an undo there) is shown next among the reviews', () => {
    const q = buildQueue([makeCard('r1'), makeCard('r2')], new Map([['r1', learntProgress('review', NOW - DAY)], ['r2', learntProgress('review', NOW + 5 * DAY)]]), NOW, OPTS);
    resyncCard(q, 'r2', learntProgress('review', NOW - DAY));
    expect(drainQueue(q, NOW)).toEqual(['r2', 'r1']);
  });

  it('a new card still new elsewhere keeps its place', () => {
    const q = buildQueue(makeCards(['n1', 'n2', 'n3']), new Map(), NOW, OPTS);
    resyncCard(q, 'n3', undefined);
    expect(drainQueue(q, NOW)).toEqual(['n1', 'n2', 'n3']);
  });

  it('finds a card handed back by undo, and a card waiting in a learning step', () => {
    const q = buildQueue(makeCards(['n1', 'n2']), new Map(), NOW, OPTS);
    const first = takeNext(q, NOW)!;
    putBack(q, first);
    expect(removeFromQueue(q, 'n1')).toBe('new');
    expect(takeNext(q, NOW)?.cardId).toBe('n2');
    requeueLearning(q, 'n2', NOW + MIN);
    expect(removeFromQueue(q, 'n2')).toBe('learning');
    expect(removeFromQueue(q, 'n2')).toBeNull();
    expect(remainingCounts(q)).toEqual({ new: 0, learning: 0, review: 0 });
    expect(takeNext(q, NOW + DAY)).toBeNull();
  });
});
