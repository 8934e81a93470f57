import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRESS_SCHEMA_VERSION, decodeProgress, encodeProgress } from '../../src/core/progress.ts';
import { LOG_LIMIT, withReview } from '../../src/core/card-record.ts';
import { createScheduler } from '../../src/core/scheduler.ts';
import type { CardProgress, Grade, ReviewLogEntry } from '../../src/core/types.ts';
import { arbCardId, arbCardProgress } from '../support/arbitraries.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 8, 30, 17);
const scheduler = createScheduler({ fuzz: false });
/** An id as long as the parser's slug-plus-hash ids tend to be. */
const ID = 'django-orm-select-related-3f9a2c1b';

/**
 * A year of daily study of one card: it is graded whenever it falls due (some minutes to hours
 * late, as people are), until a year has passed. `pattern` gives, in a loop, the grades for the
 * card's first sight and each review; (re)learning steps are answered Good.
 */
function yearOfStudy(pattern: readonly Grade[]): CardProgress {
  let p: CardProgress | undefined;
  let state = scheduler.newCardState(T0);
  let now = T0;
  let turn = 0;
  for (let i = 0; now < T0 + 365 * DAY; i += 1) {
    const inSteps = state.state === 'learning' || state.state === 'relearning';
    const grade = inSteps ? 'good' : (pattern[turn++ % pattern.length] as Grade);
    const { state: next, log } = scheduler.grade(state, grade, now);
    p = withReview(p, next, log);
    state = next;
    now = next.due + ((i * 7919) % 600) * 60_000;
  }
  return p as CardProgress;
}

const ENVELOPE = encodeProgress(new Map()).length;
/** Characters one card adds to the stored JSON: key, tuple, log and the separating comma. */
const perCard = (p: CardProgress): number => encodeProgress(new Map([[ID, p]])).length - ENVELOPE + 1;

describe('encodeProgress / decodeProgress', () => {
  it('round-trips a studied card exactly, elapsed days included', () => {
    const p = yearOfStudy(['good', 'good', 'again', 'hard', 'good', 'easy']);
    const decoded = decodeProgress(encodeProgress(new Map([[ID, p]])));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.progress.get(ID)).toEqual(p);
    expect(decoded.value.dropped).toEqual([]);
    expect(decoded.value.repaired).toEqual([]);
  });

  it('stores the schema version inside the value', () => {
    expect(JSON.parse(encodeProgress(new Map()))).toEqual({ v: PROGRESS_SCHEMA_VERSION, cards: {} });
  });

  it('keeps every id it reads, known to the notes or not (dormant progress)', () => {
    const p = yearOfStudy(['good']);
    const ids = ['a', 'removed-from-notes', '__proto__'];
    const decoded = decodeProgress(encodeProgress(new Map(ids.map((id) => [id, p]))));
    expect(decoded.ok && [...decoded.value.progress.keys()]).toEqual(ids);
  });

  it('an untouched card is written back character for character', () => {
    const text = '{"v":2,"cards":{"x":[2,28935870,4320,3.1234567,5.5,3,0,3,0,"K0G140Ca"],"y":[3,28935870,10,0.2,9.9,0,0,70,20,"M0",[69,28900000,28935860]]}}';
    const decoded = decodeProgress(text);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(encodeProgress(decoded.value.progress)).toBe(text);
  });

  it('gives the string JSON.stringify gives for the cards as an object, ids such as "42" and "__proto__" included (property)', () => {
    const arbId = fc.oneof(arbCardId, fc.constantFrom('0', '01', '7', '42', '4294967294', '4294967295', '-1', '1.5', '__proto__', 'тест'));
    const arbMap = fc.uniqueArray(fc.tuple(arbId, arbCardProgress), { selector: ([id]) => id, maxLength: 8 }).map((e) => new Map(e));
    fc.assert(
      fc.property(arbMap, (progress) => {
        // Each card's tuple on its own, then the envelope as an object the way the format describes it.
        const cards = Object.create(null) as Record<string, unknown>;
        for (const [id, p] of progress) cards[id] = (JSON.parse(encodeProgress(new Map([[id, p]]))) as { cards: Record<string, unknown> }).cards[id];
        const text = encodeProgress(progress);
        expect(text).toBe(JSON.stringify({ v: PROGRESS_SCHEMA_VERSION, cards }));
        const decoded = decodeProgress(text);
        expect(decoded.ok && encodeProgress(decoded.value.progress)).toBe(text);
      }),
    );
  });

  it('encodes a record once: a save after a grade encodes only the graded card', () => {
    const p = yearOfStudy(['good']);
    const q = yearOfStudy(['hard']);
    const first = encodeProgress(new Map([['a', p], ['b', q]]));
    // Records are immutable; changing one behind the codec's back shows the cached entry is reused.
    (p.sched as { reps: number }).reps += 1;
    const graded = withReview(q, { ...q.sched, reps: q.sched.reps + 1 }, { ...(q.log.at(-1) as ReviewLogEntry), review: (q.sched.lastReview as number) + DAY });
    const second = encodeProgress(new Map([['a', p], ['b', graded]]));
    expect(second.slice(0, second.indexOf('"b"'))).toBe(first.slice(0, first.indexOf('"b"')));
    expect(second).not.toBe(first);
  });
});

describe('log compaction', () => {
  /** A card failed every day for `days` days: the worst log growth a learner can cause. */
  function dailyLeech(days: number): CardProgress {
    let p: CardProgress | undefined;
    let state = scheduler.newCardState(T0);
    for (let day = 0; day < days; day += 1) {
      // Again on every review, then each (re)learning step answered Good ten minutes apart.
      for (let now = T0 + day * DAY, first = true; first || state.state !== 'review'; now += 10 * 60_000, first = false) {
        const { state: next, log } = scheduler.grade(state, first && state.state === 'review' ? 'again' : 'good', now);
        p = withReview(p, next, log);
        state = next;
      }
    }
    return p as CardProgress;
  }

  it('keeps the newest LOG_LIMIT reviews and folds the older ones into a count', () => {
    const p = dailyLeech(40);
    const grades = p.sched.reps;
    expect(grades).toBeGreaterThan(LOG_LIMIT);
    expect(p.log).toHaveLength(LOG_LIMIT);
    expect(p.folded).toEqual({ count: grades - LOG_LIMIT, first: Math.floor(T0 / 60_000) * 60_000, last: expect.any(Number) });
    expect(p.folded!.last).toBeLessThan(p.log[0]!.review);
    // Nothing FSRS needs is lost: the schedule still counts every review and lapse.
    expect(p.sched.lapses).toBe(39);
  });

  it('a compacted card round-trips exactly, the elapsed days of its oldest kept review included', () => {
    const p = dailyLeech(60);
    const decoded = decodeProgress(encodeProgress(new Map([[ID, p]])));
    expect(decoded.ok && decoded.value.progress.get(ID)).toEqual(p);
    expect(p.log[0]!.elapsedDays).toBeGreaterThan(0);
  });

  it('bounds one card\'s stored size however often it is failed', () => {
    const year = perCard(dailyLeech(365));
    const threeYears = perCard(dailyLeech(3 * 365));
    console.info('a card failed daily, stored size after one and three years:', year, threeYears);
    expect(threeYears).toBeLessThanOrEqual(year + 4);
    expect(year).toBeLessThanOrEqual(LOG_LIMIT * 6 + 120);
  });
});

describe('storage budget', () => {
  const EVERY_GOOD: Grade[] = ['good'];
  /** FSRS aims at 90% recall, so most cards lapse about once in their first year; this one early. */
  const AT_TARGET: Grade[] = ['good', 'good', 'again', 'good', 'hard', 'good', 'good', 'good', 'good', 'good'];
  /** A card the learner keeps forgetting: one lapse in five. */
  const LEECH: Grade[] = ['good', 'hard', 'good', 'good', 'again'];

  it('a card with a year of reviews fits in 260 characters, id and log included', () => {
    const sizes = [EVERY_GOOD, AT_TARGET].map((pattern) => {
      const p = yearOfStudy(pattern);
      return { reviews: p.log.length, chars: perCard(p) };
    });
    console.info('encoded size per card after a year:', JSON.stringify(sizes));
    for (const { chars } of sizes) expect(chars).toBeLessThanOrEqual(260);
  });

  it('10,000 cards after a year of daily study fit in 2,621,440 characters', () => {
    // Every card a year old (more than 20 new a day allows) and one in ten a leech: a worst case.
    const mix = [yearOfStudy(EVERY_GOOD), yearOfStudy(AT_TARGET), yearOfStudy(LEECH)];
    const progress = new Map<string, CardProgress>();
    for (let i = 0; i < 10_000; i += 1) {
      const id = `deck-${i % 40}-card-${String(i).padStart(5, '0')}-${((i * 2654435761) >>> 0).toString(16)}`;
      progress.set(id, mix[i % 10 === 9 ? 2 : i % 2] as CardProgress);
    }
    const length = encodeProgress(progress).length;
    console.info('10k cards after a year:', length, 'characters; a leech:', perCard(mix[2] as CardProgress), 'characters');
    expect(length).toBeLessThanOrEqual(2_621_440);
  });
});

describe('decodeProgress on damaged input', () => {
  it('reports text that is not JSON', () => {
    const r = decodeProgress('{"v":2,"cards":{');
    expect(r.ok === false && r.error.kind).toBe('not-json');
  });

  it('reports a value of the wrong shape', () => {
    const r = decodeProgress('{"v":2,"cards":[]}');
    expect(r.ok === false && r.error.kind).toBe('bad-shape');
    const r2 = decodeProgress('"hello"');
    expect(r2.ok === false && r2.error.kind).toBe('bad-shape');
  });

  it('refuses a schema version it does not know, naming it', () => {
    const newer = PROGRESS_SCHEMA_VERSION + 1;
    const r = decodeProgress(`{"v":${newer},"cards":{}}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ kind: 'unsupported-version', version: newer });
      expect(r.error.message).toContain(String(newer));
    }
    for (const version of ['0', '-1', '1.5', '"2"', 'null', '[]']) {
      const bad = decodeProgress(`{"v":${version},"cards":{}}`);
      expect(bad.ok === false && bad.error.kind, version).toBe('unsupported-version');
    }
  });

  it('drops only the unreadable entry and keeps the others', () => {
    const good = '[2,28935870,4320,3.1,5.5,3,0,3,0,"K0G140Ca"]';
    const r = decodeProgress(`{"v":2,"cards":{"a":${good},"b":[9,"x"],"c":${good}}}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.progress.keys()]).toEqual(['a', 'c']);
    expect(r.value.dropped).toHaveLength(1);
    expect(r.value.dropped[0]?.id).toBe('b');
  });

  it('keeps the schedule and the recent, readable part of a log that breaks halfway', () => {
    const r = decodeProgress('{"v":2,"cards":{"a":[2,28935870,4320,3.1,5.5,3,0,3,0,"K0G140!!Ca"]}}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.value.progress.get('a');
    expect(a?.sched.state).toBe('review');
    expect(a?.log.map((e) => e.grade)).toEqual(['good', 'good']);
    expect(r.value.repaired[0]).toMatchObject({ id: 'a' });
  });
});
