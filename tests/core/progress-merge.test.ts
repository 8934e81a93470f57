import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAll, mergeCardProgress, mergeProgress, sameProgress } from '../../src/core/progress-merge.ts';
import { decodeProgress, encodeProgress } from '../../src/core/progress.ts';
import { LOG_LIMIT } from '../../src/core/card-record.ts';
import type { CardProgress, ReviewLogEntry } from '../../src/core/types.ts';
import { START, arbCardProgress, arbStudy, study } from '../support/arbitraries.ts';

const key = (e: ReviewLogEntry): string => `${e.review}|${e.grade}|${e.stateBefore}`;
/** Each review's key, with a count, so two equal reviews in one log count twice. */
function multiset(log: readonly ReviewLogEntry[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of log) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
  return m;
}

/** Apply changes from mergeProgress to a copy of `ours`. */
function applied(ours: ReadonlyMap<string, CardProgress>, changes: ReadonlyMap<string, CardProgress | undefined>): Map<string, CardProgress> {
  const out = new Map(ours);
  for (const [id, p] of changes) {
    if (p) out.set(id, p);
    else out.delete(id);
  }
  return out;
}

describe('mergeCardProgress', () => {
  it('is commutative and idempotent', () => {
    fc.assert(
      fc.property(arbCardProgress, arbCardProgress, (a, b) => {
        expect(mergeCardProgress(a, b)).toEqual(mergeCardProgress(b, a));
        expect(mergeCardProgress(a, a)).toBe(a);
      }),
    );
  });

  it('two tabs that studied one card apart keep every review of both, and the later schedule', () => {
    fc.assert(
      fc.property(arbStudy, arbStudy, arbStudy, (shared, inA, inB) => {
        const base = study(undefined, shared, START);
        const a = study(base, inA, START);
        const b = study(base, inB, START);
        fc.pre(a !== undefined && b !== undefined && a.log.length + b.log.length < LOG_LIMIT);
        const m = mergeCardProgress(a!, b!);
        const want = multiset(a!.log);
        for (const [k, n] of multiset(b!.log)) {
          const shared = multiset(base?.log ?? []).get(k) ?? 0;
          want.set(k, Math.max(want.get(k) ?? 0, n, shared));
        }
        expect(multiset(m.log)).toEqual(want);
        expect(m.log.map((e) => e.review)).toEqual([...m.log.map((e) => e.review)].sort((x, y) => x - y));
        const later = (a!.sched.lastReview ?? 0) >= (b!.sched.lastReview ?? 0) ? a! : b!;
        expect(m.sched.lastReview).toBe(later.sched.lastReview);
      }),
    );
  });

  it('returns the side that already holds everything, unchanged', () => {
    const base = study(undefined, [{ grade: 'good', after: 1 }], START)!;
    const ahead = study(base, [{ grade: 'good', after: 20 }], START)!;
    expect(mergeCardProgress(base, ahead)).toBe(ahead);
    expect(mergeCardProgress(ahead, base)).toBe(ahead);
  });
});

describe('mergeProgress (two tabs, three-way)', () => {
  const base = study(undefined, [{ grade: 'good', after: 1 }], START)!;
  const reviewedHere = study(base, [{ grade: 'easy', after: 30 }], START)!;
  const reviewedThere = study(base, [{ grade: 'again', after: 40 }], START)!;

  it('nothing changed elsewhere: no changes', () => {
    const ours = new Map([['a', reviewedHere]]);
    expect(mergeProgress(new Map([['a', base]]), ours, new Map([['a', base]])).size).toBe(0);
  });

  it('a card only the other tab reviewed is taken from it', () => {
    const b = new Map([['a', base]]);
    expect(mergeProgress(b, b, new Map([['a', reviewedThere], ['new', base]]))).toEqual(new Map([['a', reviewedThere], ['new', base]]));
  });

  it('regression: an undo here is not undone by the other tab\'s older copy', () => {
    // This tab graded "a" for the first time, saved, then took the grade back (the record is removed).
    const b = new Map([['a', base]]);
    expect(mergeProgress(b, new Map(), new Map([['a', base]])).size).toBe(0);
  });

  it('a reset in the other tab reaches this one, unless this tab reviewed the card meanwhile', () => {
    const b = new Map([['a', base], ['b', base]]);
    const ours = new Map([['a', base], ['b', reviewedHere]]);
    expect(mergeProgress(b, ours, new Map())).toEqual(new Map([['a', undefined]]));
  });

  it('a card reviewed in both tabs keeps both reviews', () => {
    const b = new Map([['a', base]]);
    const changes = mergeProgress(b, new Map([['a', reviewedHere]]), new Map([['a', reviewedThere]]));
    const merged = changes.get('a')!;
    expect(merged.log.map((e) => e.grade)).toEqual(['good', 'easy', 'again']);
    expect(merged.sched).toEqual(reviewedThere.sched); // its review is the later one
  });

  it('two tabs merging each other end up with the same progress', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), arbStudy, arbStudy, arbStudy)),
        (cards) => {
          const base = new Map<string, CardProgress>();
          const tabA = new Map<string, CardProgress>();
          const tabB = new Map<string, CardProgress>();
          for (const [id, shared, inA, inB] of cards) {
            const b = study(undefined, shared, START);
            if (b) base.set(id, b);
            const a = study(b, inA, START);
            const bb = study(b, inB, START);
            if (a) tabA.set(id, a);
            if (bb) tabB.set(id, bb);
          }
          const aAfter = applied(tabA, mergeProgress(base, tabA, tabB));
          const bAfter = applied(tabB, mergeProgress(base, tabB, tabA));
          expect(new Map([...aAfter].sort())).toEqual(new Map([...bAfter].sort()));
          for (const [id, p] of aAfter) expect(sameProgress(p, bAfter.get(id)), id).toBe(true);
        },
      ),
    );
  });
});

describe('mergeAll (import, merge mode)', () => {
  it('adds cards the browser has not seen and merges the others; the browser\'s own cards stay', () => {
    const base = study(undefined, [{ grade: 'good', after: 1 }], START)!;
    const later = study(base, [{ grade: 'hard', after: 50 }], START)!;
    const changes = mergeAll(new Map([['kept', base], ['same', base], ['older', base]]), new Map([['same', base], ['older', later], ['added', base]]));
    expect([...changes.keys()].sort()).toEqual(['added', 'older']);
    expect(changes.get('older')).toBe(later);
  });
});

describe('sameProgress on records read from storage', () => {
  /** The record as another tab's save would give it back: encoded, then decoded. */
  const stored = (p: CardProgress): CardProgress => {
    const r = decodeProgress(encodeProgress(new Map([['c', p]])));
    return r.ok ? (r.value.progress.get('c') as CardProgress) : p;
  };
  /** A record nearly like `a`: one field of its schedule, log or fold changed, or none. */
  const arbNear = (a: CardProgress): fc.Arbitrary<CardProgress> =>
    fc.constantFrom<(p: CardProgress) => CardProgress>(
      (p) => ({ ...p }),
      (p) => ({ ...p, sched: { ...p.sched, stability: p.sched.stability + 0.5 } }),
      (p) => ({ ...p, sched: { ...p.sched, due: p.sched.due + 60_000 } }),
      (p) => ({ ...p, log: p.log.map((e, i) => (i === 0 ? { ...e, grade: e.grade === 'again' ? 'good' : 'again' } : e)) }),
      (p) => ({ ...p, log: p.log.slice(1) }),
      (p) => (p.folded ? { ...p, folded: { ...p.folded, count: p.folded.count + 1 } } : p),
      (p) => (p.folded ? { sched: p.sched, log: p.log } : { ...p, folded: { count: 1, first: START * 60_000, last: START * 60_000 } }),
    ).map((change) => change(a));

  /** Any record, folded in half of the cases (arbCardProgress folds only the longest logs). */
  const arbFolded = fc
    .tuple(arbCardProgress, fc.boolean())
    .map(([p, fold]) => (fold && !p.folded ? { ...p, folded: { count: 1, first: START * 60_000, last: START * 60_000 } } : p));

  it('answers as on the records themselves, without decoding either log (property)', () => {
    fc.assert(
      fc.property(arbFolded.chain((a) => fc.tuple(fc.constant(a), arbNear(a))), ([a, b]) => {
        // Fresh copies have never been stored, so they are compared field by field.
        const fresh = (p: CardProgress): CardProgress => ({ ...p, sched: { ...p.sched }, log: [...p.log] });
        const [x, y] = [stored(a), stored(b)];
        expect(sameProgress(x, y)).toBe(sameProgress(fresh(a), fresh(b)));
        for (const r of [x, y]) expect(Object.getOwnPropertyDescriptor(r, 'log')?.get, 'the log was decoded').toBeDefined();
      }),
    );
  });
});
