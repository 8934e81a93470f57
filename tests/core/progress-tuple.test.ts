// @vitest-environment node
/**
 * The load's fast paths against the slow, obvious readings they stand in for: the hand-written
 * tuple check against valibot's schema, logs decoded when first read against a full reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from '../../src/core/progress.ts';
import { LOG_LIMIT } from '../../src/core/card-record.ts';
import { CARD, FOLDED, explainStoredCard, isStoredCard } from '../../src/core/progress-tuple.ts';
import type { CardProgress } from '../../src/core/types.ts';

const VALID: readonly unknown[] = [2, 28935870, 4320, 3.1, 5.5, 3, 0, 3, 0, 'K0G140Ca'];

/** Numbers at and around every bound the schema has, and values of other types. */
const ODD: readonly unknown[] = [
  ...[0, -0, 1, 2, 3, 3.5, 4, -1, 9.5, 10, 10.5, 11, 1e6, 1e6 + 0.5, 1e6 + 1, 0.5, -0.5, 1e300, -1e300],
  ...[Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER, NaN, Infinity, -Infinity],
  ...[null, undefined, '', '3', true, false, [], {}, [1, 0, 0], [1, 5, 3], [0, 5, 5], [0, 0, 0], [1, 0, 0, 0], [1, '0', 0], [1, -1, 0], [1.5, 0, 1]],
];
const arbOdd: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: -1, max: 5 }), fc.integer({ min: -1, max: 5 })) },
);

/** A valid tuple (with or without a folded summary), then an item or two replaced, added or removed. */
const arbNearTuple: fc.Arbitrary<unknown> = fc
  .record({
    folded: fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { nil: undefined }),
    changes: fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), arbOdd), { minLength: 1, maxLength: 2 }),
    cut: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) }),
  })
  .map(({ folded, changes, cut }) => {
    const tuple: unknown[] = folded ? [...VALID, folded] : [...VALID];
    for (const [at, value] of changes) tuple[at] = value;
    return cut === undefined ? tuple : tuple.slice(0, cut);
  });

describe('isStoredCard agrees with the valibot schema', () => {
  it('on every odd value in every place of a valid tuple, folded or not', () => {
    for (const base of [VALID, [...VALID, [2, 5, 7]]]) {
      for (let at = 0; at <= 11; at += 1) {
        for (const value of ODD) {
          const raw = [...base];
          raw[at] = value;
          expect(isStoredCard(raw), `${String(value)} at ${at} of ${JSON.stringify(base)}`).toBe(explainStoredCard(raw) === null);
        }
      }
    }
  });

  it('on tuples near a valid one (property)', () => {
    fc.assert(
      fc.property(arbNearTuple, (raw) => {
        expect(isStoredCard(raw)).toBe(explainStoredCard(raw) === null);
      }),
      { numRuns: 3000 },
    );
  });

  it('on any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        expect(isStoredCard(raw)).toBe(explainStoredCard(raw) === null);
      }),
    );
  });

  it('a refused card is reported in valibot\'s words', () => {
    const r = decodeProgress(JSON.stringify({ v: 2, cards: { a: [...VALID.slice(0, 3), -1, ...VALID.slice(4)] } }));
    expect(r.ok && r.value.dropped).toEqual([{ id: 'a', reason: explainStoredCard([...VALID.slice(0, 3), -1, ...VALID.slice(4)]) }]);
    expect(r.ok && r.value.dropped[0]?.reason).toMatch(/>=0/);
  });
});

/** Log text: up to LOG_LIMIT + 10 well-formed entries, and sometimes a broken one or a number too long to be exact. */
const arbGoodEntry = fc.tuple(fc.constantFrom('A', 'F', 'K', 'P'), fc.integer({ min: 0, max: 1e6 })).map(([c, n]) => c + n.toString(36));
const arbOddEntry = fc.constantFrom(
  ...['Q', 'Q1', 'Z0', 'a', 'k1', '-', 'K-', 'K-5', 'K', ' ', 'é', 'K1.5', 'Kzzzzzzzzzz', 'Kzzzzzzzzzzz'],
  ...['K00000000000001', 'K-1y2p0ij32e8e7', 'K1y2p0ij32e8e7', 'K1y2p0ij32e8e8'],
);
const arbLogText = fc
  .record({
    good: fc.array(arbGoodEntry, { maxLength: LOG_LIMIT + 10, size: 'max' }),
    odd: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), arbOddEntry), { maxLength: 2 }),
  })
  .map(({ good, odd }) => {
    const parts = [...good];
    for (const [at, entry] of odd) parts.splice(Math.floor(at * parts.length), 0, entry);
    return parts.join('');
  });

/**
 * A log read the obvious way, one regular expression match per entry (the stored format's grammar,
 * src/core/progress.ts): each entry's minute and letter code, newest first, and where the first
 * unreadable entry starts, if any.
 */
function readLog(text: string, anchor: number): { entries: [number, number][]; badAt: number | null } {
  const entry = /([A-P])(-?[0-9a-z]+)/y;
  const entries: [number, number][] = [];
  let t = anchor;
  while (entry.lastIndex < text.length) {
    const at = entry.lastIndex;
    const m = entry.exec(text);
    const delta = m ? parseInt(m[2] as string, 36) : NaN;
    if (!m || !Number.isSafeInteger(delta)) return { entries, badAt: at };
    t -= delta;
    entries.push([t, (m[1] as string).charCodeAt(0) - 65]);
  }
  return { entries, badAt: null };
}

const STATE_OF = ['new', 'learning', 'review', 'relearning'];
const GRADE_OF = ['again', 'hard', 'good', 'easy'];
const LAST = 28935870;

describe('a log is read in full or reported, whether it is decoded at load or when first read', () => {
  it('on any log text (property): the entries the grammar reads, or the card reported as repaired where it stops', () => {
    fc.assert(
      fc.property(arbLogText, (text) => {
        const { entries, badAt } = readLog(text, LAST);
        const r = decodeProgress(JSON.stringify({ v: 2, cards: { a: [2, LAST, 4320, 3.1, 5.5, 3, 0, 3, 0, text] } }));
        if (!r.ok) throw new Error('the envelope is valid');
        const p = r.value.progress.get('a') as CardProgress;
        expect(r.value.repaired.map((x) => x.reason.match(/at character (\d+)/)?.[1]), text).toEqual(badAt === null ? [] : [String(badAt)]);
        // Oldest first, the ones beyond LOG_LIMIT folded away.
        const want = entries.reverse().map(([t, code]) => [t * 60_000, STATE_OF[code >> 2], GRADE_OF[code & 3]]);
        expect(p.log.map((e) => [e.review, e.stateBefore, e.grade]), text).toEqual(want.slice(Math.max(0, want.length - LOG_LIMIT)));
        expect(p.folded?.count ?? 0, text).toBe(Math.max(0, want.length - LOG_LIMIT));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a stored log is decoded when first read', () => {
  it('gives the same entries on every read, spread or not, and encodes back character for character', () => {
    const text = JSON.stringify({ v: 2, cards: { a: VALID } });
    const r = decodeProgress(text);
    const p = r.ok ? r.value.progress.get('a') : undefined;
    // "K0G140Ca", newest first from lastReview 28935870: K0, G140 (1,440 min before it), Ca (10 before that).
    const at = (m: number): number => m * 60_000;
    expect(p?.log.map((e) => [e.review, e.stateBefore, e.grade])).toEqual([
      [at(28935870 - 1440 - 10), 'new', 'good'],
      [at(28935870 - 1440), 'learning', 'good'],
      [at(28935870), 'review', 'good'],
    ]);
    expect(p?.log).toBe(p?.log);
    expect({ ...p }.log).toBe(p?.log);
    expect(encodeProgress(new Map([['a', { ...(p as CardProgress) }]]))).toBe(text);
  });
});

describe('the tuple positions, by name', () => {
  it('CARD and FOLDED name where encodeProgress puts each field of a record', () => {
    const record: CardProgress = {
      sched: { state: 'relearning', due: 7 * 60_000 + 3 * 60_000, stability: 2.5, difficulty: 6.5, scheduledDays: 4, learningSteps: 1, reps: 9, lapses: 2, lastReview: 7 * 60_000 },
      log: [],
      folded: { count: 5, first: 60_000, last: 2 * 60_000 },
    };
    const tuple = JSON.parse(encodeProgress(new Map([['x', record]]))).cards.x;
    expect(isStoredCard(tuple)).toBe(true);
    expect({
      state: tuple[CARD.state],
      lastReview: tuple[CARD.lastReview],
      due: tuple[CARD.due],
      stability: tuple[CARD.stability],
      difficulty: tuple[CARD.difficulty],
      scheduledDays: tuple[CARD.scheduledDays],
      learningSteps: tuple[CARD.learningSteps],
      reps: tuple[CARD.reps],
      lapses: tuple[CARD.lapses],
      log: tuple[CARD.log],
      folded: [tuple[CARD.folded][FOLDED.count], tuple[CARD.folded][FOLDED.first], tuple[CARD.folded][FOLDED.last]],
    }).toEqual({ state: 3, lastReview: 7, due: 3, stability: 2.5, difficulty: 6.5, scheduledDays: 4, learningSteps: 1, reps: 9, lapses: 2, log: '', folded: [5, 1, 2] });
    expect(Object.keys(CARD)).toHaveLength(tuple.length);
  });
});
