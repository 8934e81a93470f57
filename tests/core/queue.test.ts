import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  cancelRequeue,
  newCardsIntroducedSince,
  putBack,
  remainingCounts,
  requeueLearning,
  takeNext,
} from '../../src/core/queue.ts';
import { countDue, nextAvailableAt } from '../../src/core/queue-counts.ts';
import type { CardProgress } from '../../src/core/types.ts';
import { makeCard, makeCards } from '../support/cards.ts';
import { learntProgress } from '../support/progress.ts';
import { drainQueue } from '../support/queue.ts';
import { DAY, HOUR, MIN, NOW } from '../support/time.ts';

const OPTS = { newPerDay: 20, dayStartHour: 4 };

describe('buildQueue order', () => {
  it('due reviews first, most overdue first, then new cards in notes order', () => {
    const cards = makeCards(['n1', 'r-late', 'n2', 'r-very-late', 'r-today']);
    const progress = new Map([
      ['r-late', learntProgress('review', NOW - 2 * DAY)],
      ['r-very-late', learntProgress('review', NOW - 9 * DAY)],
      ['r-today', learntProgress('review', NOW - HOUR)],
    ]);
    const q = buildQueue(cards, progress, NOW, OPTS);
    expect(remainingCounts(q)).toEqual({ new: 2, learning: 0, review: 3 });
    expect(drainQueue(q, NOW)).toEqual(['r-very-late', 'r-late', 'r-today', 'n1', 'n2']);
    expect(remainingCounts(q)).toEqual({ new: 0, learning: 0, review: 0 });
  });

  it('a review due later today is due now; one due after the 4:00 rollover waits', () => {
    const cards = [makeCard('tonight'), makeCard('tomorrow')];
    const progress = new Map([
      ['tonight', learntProgress('review', new Date(2025, 2, 11, 3, 30).getTime())],
      ['tomorrow', learntProgress('review', new Date(2025, 2, 11, 4, 0).getTime())],
    ]);
    expect(drainQueue(buildQueue(cards, progress, NOW, OPTS), NOW)).toEqual(['tonight']);
  });

  it('a learning card comes first once its step is due', () => {
    const cards = [makeCard('r1'), makeCard('l1')];
    const progress = new Map([
      ['r1', learntProgress('review', NOW - DAY)],
      ['l1', learntProgress('learning', NOW - MIN)],
    ]);
    expect(drainQueue(buildQueue(cards, progress, NOW, OPTS), NOW)).toEqual(['l1', 'r1']);
  });
});

describe('daily new-card limit', () => {
  it('stops at the limit', () => {
    const cards = Array.from({ length: 30 }, (_, i) => makeCard(`n${i}`));
    const q = buildQueue(cards, new Map(), NOW, OPTS);
    expect(drainQueue(q, NOW)).toHaveLength(20);
  });

  it('counts new cards already introduced today, the day starting at 4:00', () => {
    const cards = Array.from({ length: 30 }, (_, i) => makeCard(`n${i}`));
    const todayEarly = new Date(2025, 2, 10, 4, 10).getTime();
    const yesterdayLate = new Date(2025, 2, 10, 3, 50).getTime(); // before 4:00: still yesterday
    const progress = new Map<string, CardProgress>([
      ['seen-today-1', learntProgress('learning', NOW + DAY, todayEarly)],
      ['seen-today-2', learntProgress('review', NOW + DAY, todayEarly)],
      ['seen-yesterday', learntProgress('review', NOW + DAY, yesterdayLate)],
    ]);
    expect(newCardsIntroducedSince(progress, new Date(2025, 2, 10, 4).getTime())).toBe(2);
    expect(buildQueue(cards, progress, NOW, OPTS).news).toHaveLength(18);
  });

  it('reads no log of a card last graded before today (stored logs are decoded when read)', () => {
    const read: string[] = [];
    /** A record whose log getter notes each read, as a record fresh from storage decodes on read. */
    const watched = (id: string, p: CardProgress): CardProgress => ({
      sched: p.sched,
      get log() {
        read.push(id);
        return p.log;
      },
    });
    const todayEarly = new Date(2025, 2, 10, 4, 10).getTime();
    const progress = new Map<string, CardProgress>([
      ['seen-today', watched('seen-today', learntProgress('learning', NOW + DAY, todayEarly))],
      ['seen-last-week', watched('seen-last-week', learntProgress('review', NOW + DAY, NOW - 7 * DAY))],
      ['seen-yesterday', watched('seen-yesterday', learntProgress('review', NOW - HOUR, new Date(2025, 2, 10, 3, 50).getTime()))],
    ]);
    const cards = makeCards(['seen-today', 'seen-last-week', 'seen-yesterday', 'n1']);
    const q = buildQueue(cards, progress, NOW, { newPerDay: 2, dayStartHour: 4 });
    expect(q.news).toEqual(['n1']);
    expect(countDue(cards, progress, NOW, OPTS).total.review).toBe(1);
    expect(new Set(read)).toEqual(new Set(['seen-today']));
  });
});

describe('learning cards within the session', () => {
  it('a failed card comes back when its step is due, after the cards due before it', () => {
    const cards = makeCards(['r1', 'r2', 'r3']);
    const progress = new Map(cards.map((c) => [c.id, learntProgress('review', NOW - DAY)]));
    const q = buildQueue(cards, progress, NOW, OPTS);
    expect(takeNext(q, NOW)?.cardId).toBe('r1');
    expect(requeueLearning(q, 'r1', NOW + 10 * MIN)).toBe(true);
    expect(takeNext(q, NOW + MIN)).toEqual({ cardId: 'r2', source: 'review' });
    expect(takeNext(q, NOW + 11 * MIN)).toEqual({ cardId: 'r1', source: 'learning' });
    expect(takeNext(q, NOW + 12 * MIN)?.cardId).toBe('r3');
  });

  it('when nothing else is left, the next learning card is shown early (learn ahead)', () => {
    const q = buildQueue([makeCard('n1')], new Map(), NOW, OPTS);
    expect(takeNext(q, NOW)?.cardId).toBe('n1');
    requeueLearning(q, 'n1', NOW + 10 * MIN);
    expect(takeNext(q, NOW + MIN)).toEqual({ cardId: 'n1', source: 'learning' });
    expect(takeNext(q, NOW + MIN)).toBeNull();
  });

  it('learning cards due at the same time come back in the order they were graded', () => {
    const q = buildQueue([], new Map(), NOW, OPTS);
    for (const id of ['a', 'b', 'c']) requeueLearning(q, id, NOW + MIN);
    expect(drainQueue(q, NOW + 2 * MIN)).toEqual(['a', 'b', 'c']);
  });

  it('a step that ends after the day rolls over waits for tomorrow', () => {
    const q = buildQueue([], new Map(), NOW, OPTS);
    expect(requeueLearning(q, 'x', new Date(2025, 2, 11, 4, 5).getTime())).toBe(false);
    expect(takeNext(q, NOW)).toBeNull();
  });
});

describe('undo support', () => {
  it('putBack and cancelRequeue restore the queue exactly', () => {
    const cards = makeCards(['r1', 'r2', 'n1']);
    const progress = new Map([
      ['r1', learntProgress('review', NOW - DAY)],
      ['r2', learntProgress('review', NOW - DAY)],
    ]);
    const q = buildQueue(cards, progress, NOW, OPTS);
    const first = takeNext(q, NOW)!;
    requeueLearning(q, 'r1', NOW + 10 * MIN);
    const second = takeNext(q, NOW)!;
    // Undo the grade of r1: hand back what is on screen, then r1, and drop r1's requeue.
    putBack(q, second);
    cancelRequeue(q, 'r1');
    putBack(q, first);
    expect(remainingCounts(q)).toEqual({ new: 1, learning: 0, review: 2 });
    expect(drainQueue(q, NOW)).toEqual(['r1', 'r2', 'n1']);
  });
});

describe('undo support, regressions', () => {
  it('regression: cancelling a requeue after that card was shown and handed back by undo', () => {
    const q = buildQueue([makeCard('a'), makeCard('b')], new Map(), NOW, OPTS);
    const a = takeNext(q, NOW)!; // a graded Again: requeued
    requeueLearning(q, 'a', NOW + MIN);
    const b = takeNext(q, NOW)!; // b graded: not requeued
    const aAgain = takeNext(q, NOW + 2 * MIN)!; // a comes back
    expect(aAgain).toEqual({ cardId: 'a', source: 'learning' });
    // Undo b's grade: a goes back to the front, b is on screen again.
    putBack(q, aAgain);
    // Undo a's grade: b goes back, a's requeue (now in the front) is cancelled, a is on screen again.
    putBack(q, b);
    cancelRequeue(q, 'a');
    expect(remainingCounts(q)).toEqual({ new: 1, learning: 0, review: 0 });
    expect(a.cardId).toBe('a');
    expect(drainQueue(q, NOW + 3 * MIN)).toEqual(['b']);
  });
});

describe('countDue', () => {
  it('counts per deck and in total, with one new-card limit shared by all decks', () => {
    const cards = [
      ...Array.from({ length: 15 }, (_, i) => makeCard(`a${i}`, { deck: 'a' })),
      ...Array.from({ length: 15 }, (_, i) => makeCard(`b${i}`, { deck: 'b' })),
      makeCard('rev', { deck: 'b' }),
      makeCard('learn', { deck: 'b' }),
      makeCard('later', { deck: 'b' }),
    ];
    const progress = new Map([
      ['rev', learntProgress('review', NOW - DAY)],
      ['learn', learntProgress('relearning', NOW + 5 * MIN)],
      ['later', learntProgress('review', NOW + 3 * DAY)],
    ]);
    const { total, byDeck } = countDue(cards, progress, NOW, OPTS);
    expect(total).toEqual({ new: 20, learning: 1, review: 1 });
    expect(byDeck.a).toEqual({ new: 15, learning: 0, review: 0 });
    expect(byDeck.b).toEqual({ new: 15, learning: 1, review: 1 });
  });
});

describe('nextAvailableAt', () => {
  it('a learning card at its due time, a review at the start of its due day', () => {
    const cards = [makeCard('r'), makeCard('l')];
    const reviewDue = new Date(2025, 2, 13, 9, 0).getTime();
    expect(nextAvailableAt([makeCard('r')], new Map([['r', learntProgress('review', reviewDue)]]), NOW, OPTS)).toBe(new Date(2025, 2, 13, 4).getTime());
    const progress = new Map([
      ['r', learntProgress('review', reviewDue)],
      ['l', learntProgress('learning', NOW + 10 * MIN)],
    ]);
    expect(nextAvailableAt(cards, progress, NOW, OPTS)).toBe(NOW + 10 * MIN);
  });

  it('unseen new cards over today\'s limit come at the next day start; nothing left gives null', () => {
    expect(nextAvailableAt([makeCard('n')], new Map(), NOW, { ...OPTS, newPerDay: 0 })).toBeNull();
    const introduced = new Map(Array.from({ length: 20 }, (_, i) => [`x${i}`, learntProgress('learning', NOW + DAY * 2, NOW - HOUR)]));
    expect(nextAvailableAt([makeCard('n')], introduced, NOW, OPTS)).toBe(new Date(2025, 2, 11, 4).getTime());
    expect(nextAvailableAt([], new Map(), NOW, OPTS)).toBeNull();
  });
});

describe('performance', () => {
  it('regression: with 10,000 cards a step costs O(log n), not a re-scan (10k steps well under 250 ms)', () => {
    const cards = Array.from({ length: 10_000 }, (_, i) => makeCard(`c${i}`, { deck: `d${i % 20}` }));
    const progress = new Map(cards.map((c, i) => [c.id, learntProgress('review', NOW - (i % 500) * HOUR)]));
    const q = buildQueue(cards, progress, NOW, OPTS);
    const t0 = performance.now();
    let now = NOW;
    let shown = 0;
    let requeued = 0;
    for (let item = takeNext(q, now); item; item = takeNext(q, now)) {
      shown += 1;
      now += 1000;
      if (shown % 10 === 0 && item.source === 'review' && requeueLearning(q, item.cardId, now + 10 * MIN)) requeued += 1;
    }
    const elapsed = performance.now() - t0;
    expect(requeued).toBeGreaterThan(900);
    expect(shown).toBe(10_000 + requeued);
    expect(elapsed).toBeLessThan(250);
  });
});
