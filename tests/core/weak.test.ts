import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/core/scheduler.ts';
import type { Card, CardProgress, Grade, QuizMisses } from '../../src/core/types.ts';
import { LOW_RECALL, rankWeakCards } from '../../src/core/weak.ts';
import { withReview } from '../../src/core/progress.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 2, 10, 9, 0);
const scheduler = createScheduler({ fuzz: false });
const opts = { now: NOW, retrievability: scheduler.retrievability };

const card = (id: string, suspect?: string): Card => ({
  id,
  deck: 'orm',
  question: `Q ${id}`,
  answer: `A ${id}`,
  source: { file: 'content/orm.md', line: 1 },
  kind: 'section',
  ...(suspect ? { suspect } : {}),
});

/** A card's record after these grades, each given when the card came due, starting at `start`. */
function history(grades: Grade[], start: number): CardProgress {
  let record: CardProgress | undefined;
  let state = scheduler.newCardState(start);
  let now = start;
  for (const g of grades) {
    const r = scheduler.grade(state, g, now);
    record = withReview(record, r.state, r.log);
    state = r.state;
    now = Math.max(now + MIN, r.state.due);
  }
  return record!;
}

describe('rankWeakCards', () => {
  it('lists a card failed today, saying so, and leaves alone cards never studied or always known', () => {
    const progress = new Map([
      ['failed', history(['again'], NOW - 10 * MIN)],
      ['known', history(['good', 'good'], NOW - 2 * DAY)],
    ]);
    const weak = rankWeakCards([card('new'), card('failed'), card('known')], progress, new Map(), opts);
    expect(weak.map((w) => w.card.id)).toEqual(['failed']);
    expect(weak[0]!.reasons).toEqual([{ kind: 'recent-again', at: expect.any(Number) }]);
  });

  it('counts lapses: a learnt card forgotten twice', () => {
    const start = NOW - 120 * DAY;
    const progress = new Map([['lapsed', history(['good', 'good', 'again', 'good', 'good', 'again', 'good', 'good'], start)]]);
    const [w] = rankWeakCards([card('lapsed')], progress, new Map(), { ...opts, now: progress.get('lapsed')!.sched.due });
    expect(w?.reasons).toContainEqual({ kind: 'lapses', count: 2 });
  });

  it('lists a card whose recall chance has fallen low, with the figure', () => {
    // Learnt once, then not seen for a year.
    const progress = new Map([['stale', history(['good', 'good'], NOW - 400 * DAY)]]);
    const [w] = rankWeakCards([card('stale')], progress, new Map(), opts);
    const reason = w?.reasons.find((r) => r.kind === 'low-recall');
    expect(reason).toBeDefined();
    expect(reason && reason.kind === 'low-recall' && reason.retrievability).toBeLessThan(LOW_RECALL);
  });

  it('lists quiz misses even without a study history', () => {
    const misses = new Map<string, QuizMisses>([['q', { count: 2, last: NOW - 40 * DAY }]]);
    const [w] = rankWeakCards([card('q')], new Map(), misses, opts);
    expect(w?.reasons).toEqual([{ kind: 'quiz-misses', count: 2 }]);
  });

  it('ranks repeated failure above a single one, ties in the notes order', () => {
    const progress = new Map([
      ['once-a', history(['again'], NOW - 10 * MIN)],
      ['thrice', history(['again', 'again', 'again'], NOW - 30 * MIN)],
      ['once-b', history(['again'], NOW - 10 * MIN)],
    ]);
    const misses = new Map<string, QuizMisses>([['thrice', { count: 1, last: NOW }]]);
    const weak = rankWeakCards([card('once-a'), card('thrice'), card('once-b')], progress, misses, opts);
    expect(weak.map((w) => w.card.id)).toEqual(['thrice', 'once-a', 'once-b']);
    expect(weak[0]!.score).toBeGreaterThan(weak[1]!.score);
  });

  it('a failure long ago is no longer "recent"', () => {
    const progress = new Map([['old', history(['again', 'good', 'good'], NOW - 30 * DAY)]]);
    const weak = rankWeakCards([card('old')], progress, new Map(), opts);
    expect(weak[0]?.reasons.some((r) => r.kind === 'recent-again') ?? false).toBe(false);
  });
});
