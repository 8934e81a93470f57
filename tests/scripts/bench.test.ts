// @vitest-environment node
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseSaves } from '../../scripts/bench/saves.ts';
import { gzipBytes, gzipKB, median, percentile, ratio, seededRandom } from '../../scripts/bench/stats.ts';

describe('the benchmark\'s arithmetic', () => {
  it('percentiles interpolate between ranks, as numpy does', () => {
    const values = [40, 10, 30, 20];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 100)).toBe(40);
    expect(median(values)).toBe(25);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile(values, 101)).toThrow(RangeError);
  });

  it('gzip sizes are of each file compressed alone, in kB of 1000 bytes', () => {
    const a = 'карточка '.repeat(500);
    const b = new Uint8Array(3000).map((_, i) => (i * 7919) % 251);
    expect(gunzipSync(gzipSync(a)).toString()).toBe(a);
    expect(gzipKB([a, b])).toBe((gzipBytes(a) + gzipBytes(b)) / 1000);
    expect(gzipBytes(a)).toBeLessThan(Buffer.byteLength(a) / 10);
  });

  it('a ratio is missing, not infinite, when a side is missing or zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
  });

  it('the simulated learner is the same every run', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(8)()).not.toBe(draws[0]);
  });
});

describe('analyseSaves', () => {
  const KEY = 'flashcards.progress';
  const press = (start: number, paint: number) => ({ key: '3', start, change: start + 1, paint });

  it('times a save as the whole callback it ran in, and finds the key presses it overlapped', () => {
    const writes = [
      { key: KEY, chars: 10, start: 105, end: 108 },
      { key: KEY, chars: 10, start: 305, end: 306 },
      { key: 'flashcards.settings', chars: 5, start: 50, end: 51 },
    ];
    const tasks = [
      { kind: 'idle', start: 100, end: 110, keys: [KEY] },
      { kind: 'idle', start: 300, end: 320, keys: [KEY] },
    ];
    const result = analyseSaves({ writes, tasks, grades: [press(0, 20), press(315, 330), press(400, 410)] }, KEY);
    expect(result).toMatchObject({ count: 2, medianMs: 15, maxMs: 20, writeMedianMs: 2, delaysNextCard: true, overlappingPresses: 1 });
  });

  it('a save outside every key press delays nothing; a write in no callback counts alone', () => {
    const result = analyseSaves({ writes: [{ key: KEY, chars: 10, start: 50, end: 54 }], tasks: [], grades: [press(0, 20), press(60, 70)] }, KEY);
    expect(result).toMatchObject({ count: 1, medianMs: 4, delaysNextCard: false, overlappingPresses: 0 });
  });
});
