// @vitest-environment node
/**
 * The storage figure of the README: 10,000 cards with a year of daily study, simulated with the real
 * scheduler and stored with the real codec, must fit in half of the 5 Mi-character localStorage quota.
 *
 * The learner: studies every morning, whatever is due; recalls a card with the probability FSRS
 * itself predicts (the retrievability at that moment), answering Hard, Good or Easy 15/75/10 when
 * recalled and Again when not; (re)learning steps are answered Good a few minutes apart. Every card
 * is a full year old (introduced in the first days), which bounds a real year from above.
 * 1,000 cards are simulated and each is stored ten times under different ids of the parser's form.
 */
import { describe, expect, it } from 'vitest';
import { cardIdFor } from '../../src/core/card-id.ts';
import { decodeProgress, encodeProgress } from '../../src/core/progress.ts';
import { LOG_LIMIT, withReview } from '../../src/core/card-record.ts';
import { createScheduler } from '../../src/core/scheduler.ts';
import type { CardProgress, Grade } from '../../src/core/types.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const QUOTA_CHARS = 5 * 1024 * 1024;
const T0 = Date.UTC(2025, 0, 6, 7, 0); // a morning session
const YEAR_END = T0 + 365 * DAY;
const scheduler = createScheduler({ fuzz: true });

/** mulberry32: a small seeded PRNG, so the figure is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function simulateCard(introducedDay: number, random: () => number): CardProgress {
  let p: CardProgress | undefined;
  let state = scheduler.newCardState(T0);
  let now = T0 + introducedDay * DAY + Math.floor(random() * 60) * MIN;
  while (now < YEAR_END) {
    let grade: Grade = 'good';
    if (state.state === 'new' || state.state === 'review') {
      const recalled = state.state === 'review' ? random() < scheduler.retrievability(state, now) : random() < 0.7;
      const r = random();
      grade = !recalled ? 'again' : r < 0.15 ? 'hard' : r < 0.9 ? 'good' : 'easy';
    }
    const result = scheduler.grade(state, grade, now);
    p = withReview(p, result.state, result.log);
    state = result.state;
    const inSteps = state.state === 'learning' || state.state === 'relearning';
    // Steps within the session; reviews at the next morning session on or after the due day.
    now = inSteps && state.due - now < DAY / 2 ? state.due + Math.floor(random() * 5) * MIN : Math.ceil((state.due - T0) / DAY) * DAY + T0 + Math.floor(random() * 90) * MIN;
  }
  return p as CardProgress;
}

describe('storage figure: 10,000 cards after a year of daily study', () => {
  it('fits in half the localStorage quota', () => {
    const random = prng(20250106);
    const simulated = Array.from({ length: 1000 }, (_, i) => simulateCard(i % 20 === 0 ? 0 : Math.floor(i / 50), random));
    const progress = new Map<string, CardProgress>();
    for (let i = 0; i < 10_000; i += 1) progress.set(cardIdFor(`вопрос номер ${i} про Django ORM`), simulated[i % 1000] as CardProgress);
    expect(progress.size).toBe(10_000);

    const text = encodeProgress(progress);
    const reviews = simulated.reduce((n, p) => n + p.sched.reps, 0) * 10;
    const longest = Math.max(...simulated.map((p) => p.sched.reps));
    const folded = simulated.filter((p) => p.folded).length * 10;
    console.info(
      `10,000 cards, a year: ${text.length} characters (${((100 * text.length) / QUOTA_CHARS).toFixed(1)}% of the quota), ` +
        `${reviews} reviews, ${(text.length / 10_000).toFixed(0)} per card; longest history ${longest} reviews; ${folded} cards compacted (LOG_LIMIT ${LOG_LIMIT})`,
    );
    expect(text.length).toBeLessThanOrEqual(QUOTA_CHARS / 2);

    // And it all comes back.
    const back = decodeProgress(text);
    expect(back.ok && back.value.progress.size).toBe(10_000);
  });
});
