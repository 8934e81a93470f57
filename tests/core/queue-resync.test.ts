/** The queue when another tab changes cards it holds (src/core/queue.ts, resyncCard). */
import { describe, expect, it } from 'vitest';
import { buildQueue, putBack, remainingCounts, removeFromQueue, requeueLearning, resyncCard, takeNext } from '../../src/core/queue.ts';
import type { SessionQueue } from '../../src/core/queue.ts';
import type { Card, CardProgress, CardState } from '../../src/core/types.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const NOW = new Date(2025, 2, 10, 9, 0).getTime();
const OPTS = { newPerDay: 20, dayStartHour: 4 };

const card = (id: string): Card => ({ id, deck: 'orm', question: `Q ${id}`, answer: `A ${id}`, source: { file: 'content/orm.md', line: 1 }, kind: 'section' });

function prog(state: CardState, due: number): CardProgress {
  const introduced = NOW - 30 * DAY;
  return {
    sched: { state, due, stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, lastReview: introduced },
    log: [{ review: introduced, grade: 'good', stateBefore: 'new', elapsedDays: 0 }],
  };
}

function drain(q: SessionQueue, now: number): string[] {
  const ids: string[] = [];
  for (let item = takeNext(q, now); item; item = takeNext(q, now)) ids.push(item.cardId);
  return ids;
}

describe('resyncCard', () => {
  it('a card reviewed elsewhere, now due in days, leaves the queue and the counts', () => {
    const q = buildQueue(['n1', 'n2', 'n3'].map(card), new Map(), NOW, OPTS);
    resyncCard(q, 'n2', prog('review', NOW + 3 * DAY));
    expect(remainingCounts(q)).toEqual({ new: 2, learning: 0, review: 0 });
    expect(drain(q, NOW)).toEqual(['n1', 'n3']);
  });

  it('a review failed elsewhere comes back here when its relearning step is due', () => {
    const cards = ['r1', 'r2'].map(card);
    const q = buildQueue(cards, new Map(cards.map((c) => [c.id, prog('review', NOW - DAY)])), NOW, OPTS);
    resyncCard(q, 'r1', prog('relearning', NOW + 10 * MIN));
    expect(remainingCounts(q)).toEqual({ new: 0, learning: 1, review: 1 });
    expect(takeNext(q, NOW)?.cardId).toBe('r2');
    expect(takeNext(q, NOW + 11 * MIN)).toEqual({ cardId: 'r1', source: 'learning' });
  });

  it('a card made due again elsewhere (an undo there) is shown next among the reviews', () => {
    const q = buildQueue([card('r1'), card('r2')], new Map([['r1', prog('review', NOW - DAY)], ['r2', prog('review', NOW + 5 * DAY)]]), NOW, OPTS);
    resyncCard(q, 'r2', prog('review', NOW - DAY));
    expect(drain(q, NOW)).toEqual(['r2', 'r1']);
  });

  it('a new card still new elsewhere keeps its place', () => {
    const q = buildQueue(['n1', 'n2', 'n3'].map(card), new Map(), NOW, OPTS);
    resyncCard(q, 'n3', undefined);
    expect(drain(q, NOW)).toEqual(['n1', 'n2', 'n3']);
  });

  it('finds a card handed back by undo, and a card waiting in a learning step', () => {
    const q = buildQueue(['n1', 'n2'].map(card), new Map(), NOW, OPTS);
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
