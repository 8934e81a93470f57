// @vitest-environment node
/** The storage codec against what a browser, a bug or a person can leave in localStorage. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from '../../src/core/progress.ts';
import { arbProgress } from '../support/arbitraries.ts';
import { STORED_CARD } from '../support/progress.ts';

describe('decodeProgress never throws and never invents data', () => {
  it('on any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = decodeProgress(text);
        if (r.ok) for (const p of r.value.progress.values()) expect(Number.isFinite(p.sched.due)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on a stored value cut short at any point: an error, which the caller backs up', () => {
    fc.assert(
      fc.property(arbProgress, fc.double({ min: 0, max: 1, noNaN: true }), (progress, at) => {
        const text = encodeProgress(progress);
        const cut = Math.floor(text.length * at);
        fc.pre(cut < text.length);
        const r = decodeProgress(text.slice(0, cut));
        expect(r.ok).toBe(false);
      }),
    );
  });

  it('on values of the wrong type in every field of a card: that card is left out, the other kept', () => {
    const notNumbers = ['"2"', '1e999', '[]', '{}', 'true', '1.5e400'];
    const notLogs = ['2', 'null', '[]', '{}'];
    for (let i = 0; i < 10; i += 1) {
      for (const bad of i < 9 ? notNumbers : notLogs) {
        const tuple = JSON.parse(STORED_CARD) as unknown[];
        const text = `{"v":2,"cards":{"a":[${tuple.map((x, j) => (j === i ? bad : JSON.stringify(x))).join(',')}],"b":${STORED_CARD}}}`;
        const r = decodeProgress(text);
        expect(r.ok && r.value.dropped.map((d) => d.id), text).toEqual(['a']);
        expect(r.ok && [...r.value.progress.keys()], text).toEqual(['b']);
      }
    }
  });
});

describe('hostile stored values', () => {
  it('ids that are HTML, prototype names or huge stay plain map keys', () => {
    const ids = ['__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>', 'x'.repeat(10_000)];
    const text = `{"v":2,"cards":{${ids.map((id) => `${JSON.stringify(id)}:${STORED_CARD}`).join(',')}}}`;
    const r = decodeProgress(text);
    expect(r.ok && [...r.value.progress.keys()]).toEqual(ids);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
  });

  it('a log of absurd length or numbers is cut at the first unreadable entry, the schedule kept', () => {
    const r = decodeProgress(`{"v":2,"cards":{"a":[2,28935870,4320,3.1,5.5,3,0,3,0,"K0${'z'.repeat(40)}G1"]}}`);
    expect(r.ok && r.value.repaired).toHaveLength(1);
    expect(r.ok && r.value.progress.get('a')?.sched.reps).toBe(3);
  });

  it('a folded summary whose first review is after its last is refused for that card only', () => {
    const r = decodeProgress(`{"v":2,"cards":{"a":[2,28935870,4320,3.1,5.5,3,0,3,0,"K0",[5,28935000,28934000]],"b":${STORED_CARD}}}`);
    expect(r.ok && r.value.dropped.map((d) => d.id)).toEqual(['a']);
    expect(r.ok && r.value.progress.has('b')).toBe(true);
  });

  it('deeply nested JSON is a shape error, not a crash', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const r = decodeProgress(`{"v":2,"cards":${deep}}`);
    expect(r.ok === false && r.error.kind).toBe('bad-shape');
  });
});
