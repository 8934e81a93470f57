import { describe, expect, it } from 'vitest';
import type { QuizMisses } from '../../src/core/types.ts';
import { LOW_RECALL, rankWeakCards } from '../../src/core/weak.ts';
import { makeCard } from '../support/cards.ts';
import { gradedWhenDue, testScheduler } from '../support/progress.ts';
import { DAY, MIN } from '../support/time.ts';

const NOW = Date.UTC(2025, 2, 10, 9, 0);
const opts = { now: NOW, retrievability: testScheduler.retrievability };

describe('rankWeakCards', () => {
  it('lists a card failed today, saying so, and leaves alone cards never studied or always known', () => {
    const progress = new Map([
      ['failed', gradedWhenDue(['again'], NOW - 10 * MIN)],
      ['known', gradedWhenDue(['good', 'good'], NOW - 2 * DAY)],
    ]);
    const weak = rankWeakCards([makeCard('new'), makeCard('failed'), makeCard('known')], progress, new Map(), opts);
    expect(weak.map((w) => w.card.id)).toEqual(['failed']);
    expect(weak[0]!.reasons).toEqual([{ kind: 'recent-again', at: expect.any(Number) }]);
  });

  it('counts lapses: a learnt card forgotten twice', () => {
    const start = NOW - 120 * DAY;
    const progress = new Map([['lapsed', gradedWhenDue(['good', 'good', 'again', 'good', 'good', 'again', 'good', 'good'], start)]]);
    const [w] = rankWeakCards([makeCard('lapsed')], progress, new Map(), { ...opts, now: progress.get('lapsed')!.sched.due });
    expect(w?.reasons).toContainEqual({ kind: 'lapses', count: 2 });
  });

  it('lists a card whose recall chance has fallen low, with the figure', () => {
    // Learnt once, then not seen for a year.
    const progress = new Map([['stale', gradedWhenDue(['good', 'good'], NOW - 400 * DAY)]]);
    const [w] = rankWeakCards([makeCard('stale')], progress, new Map(), opts);
    const reason = w?.reasons.find((r) => r.kind === 'low-recall');
    expect(reason).toBeDefined();
    expect(reason && reason.kind === 'low-recall' && reason.retrievability).toBeLessThan(LOW_RECALL);
  });

  it('lists quiz misses even without a study history', () => {
    const misses = new Map<string, QuizMisses>([['q', { count: 2, last: NOW - 40 * DAY }]]);
    const [w] = rankWeakCards([makeCard('q')], new Map(), misses, opts);
    expect(w?.reasons).toEqual([{ kind: 'quiz-misses', count: 2 }]);
  });

  it('ranks repeated failure above a single one, ties in the notes order', () => {
    const progress = new Map([
      ['once-a', gradedWhenDue(['again'], NOW - 10 * MIN)],
      ['thrice', gradedWhenDue(['again', 'again', 'again'], NOW - 30 * MIN)],
      ['once-b', gradedWhenDue(['again'], NOW - 10 * MIN)],
    ]);
    const misses = new Map<string, QuizMisses>([['thrice', { count: 1, last: NOW }]]);
    const weak = rankWeakCards([makeCard('once-a'), makeCard('thrice'), makeCard('once-b')], progress, misses, opts);
    expect(weak.map((w) => w.card.id)).toEqual(['thrice', 'once-a', 'once-b']);
    expect(weak[0]!.score).toBeGreaterThan(weak[1]!.score);
  });

  it('a failure long ago is no longer "recent"', () => {
    const progress = new Map([['old', gradedWhenDue(['again', 'good', 'good'], NOW - 30 * DAY)]]);
    const weak = rankWeakCards([makeCard('old')], progress, new Map(), opts);
    expect(weak[0]?.reasons.some((r) => r.kind === 'recent-again') ?? false).toBe(false);
  });
});
