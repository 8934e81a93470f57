/**
 * The benchmark's arithmetic, kept pure so it can be unit-tested: percentiles, gzip sizes, ratios.
 */
import { gzipSync } from 'node:zlib';

/**
 * The p-th percentile (0–100) of `values`, interpolating linearly between the two nearest ranks
 * (numpy's default), so p50 of an even-length list is the mean of the middle two.
 * @throws RangeError for an empty list or p outside 0–100.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of an empty list');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const low = sorted[lo]!;
  return low + (sorted[hi]! - low) * (rank - lo);
}

/** The median of `values` (percentile 50). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * Bytes of `data` after gzip at zlib's default level (6), what a static host typically serves.
 * Vite's build report uses the same measure, so the two can be compared.
 */
export function gzipBytes(data: string | Uint8Array): number {
  return gzipSync(data).length;
}

/** Sum of the gzip sizes of several files, each compressed on its own (as they are served), in kB of 1000 bytes. */
export function gzipKB(files: readonly (string | Uint8Array)[]): number {
  return files.reduce((sum, data) => sum + gzipBytes(data), 0) / 1000;
}

/** `a / b` rounded to two decimals, or null when either is missing or b is not positive. */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || !(b > 0)) return null;
  return round(a / b, 2);
}

/** Rounds to `digits` decimals. */
export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same simulated learner every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
