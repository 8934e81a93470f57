import { describe, expect, it } from 'vitest';
import { buildListQueue } from '../../src/core/list-queue.ts';
import { requeueLearning, takeNext } from '../../src/core/queue.ts';
import type { Card, CardProgress, CardState } from '../../src/core/types.ts';

const DAY = 86_400_000;
const NOW = new Date(2025, 2, 10, 9, 0).getTime();
const card = (id: string): Card => ({ id, deck: 'orm', question: id, answer: id, source: { file: 'content/orm.md', line: 1 }, kind: 'section' });
const prog = (state: CardState, due: number): CardProgress => ({
  sched: { state, due, stability: 10, difficulty: 5, scheduledDays: 10, learningSteps: 0, reps: 3, lapses: 1, lastReview: NOW - DAY },
  log: [],
});

describe('buildListQueue ("study these now")', () => {
  it('takes every listed card, due or not, in the order given, and no others', () => {
    const progress = new Map([
      ['later', prog('review', NOW + 30 * DAY)],
      ['due', prog('review', NOW - DAY)],
      ['relearn', prog('relearning', NOW + 5 * DAY)],
    ]);
    const q = buildListQueue([card('later'), card('relearn'), card('due')], progress, NOW, { dayStartHour: 4 });
    const taken: string[] = [];
    for (let item = takeNext(q, NOW); item; item = takeNext(q, NOW)) taken.push(item.cardId);
    expect(taken).toEqual(['later', 'relearn', 'due']);
  });

  it('has no daily new-card limit and lists each card once', () => {
    const q = buildListQueue([card('n1'), card('n2'), card('n1')], new Map(), NOW, { dayStartHour: 4 });
    expect(q.counts).toEqual({ new: 2, learning: 0, review: 0 });
  });

  it('a card failed again comes back within the session', () => {
    const q = buildListQueue([card('a')], new Map([['a', prog('review', NOW + DAY)]]), NOW, { dayStartHour: 4 });
    expect(takeNext(q, NOW)?.cardId).toBe('a');
    expect(requeueLearning(q, 'a', NOW + 10 * 60_000)).toBe(true);
    expect(takeNext(q, NOW)?.cardId).toBe('a');
  });
});
