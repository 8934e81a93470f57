/**
 * Browse's search at 10,000 cards: how long one key press's scan takes (src/core/search.ts), against
 * the 16.7 ms of a frame at 60 Hz. Generated notes in the seed's style (./generate-notes.ts), parsed
 * as the build parses them; queries as a learner types them, one prefix per key press.
 *
 *   npx tsx scripts/bench/search-bench.ts [--json] [--cards N]
 *
 * `measureSearch` is exported so the main benchmark can report the same figures.
 */
import { performance } from 'node:perf_hooks';
import { buildCollection } from '../../src/core/collection.ts';
import { buildSearchIndex, searchCards } from '../../src/core/search.ts';
import type { Card } from '../../src/core/types.ts';
import { generateNotes } from './generate-notes.ts';

/** A frame at 60 Hz, in ms. */
export const FRAME_MS = 1000 / 60;

export interface SearchFigures {
  cards: number;
  /** Building the index once (ms). */
  indexMs: number;
  /** Key presses timed. */
  searches: number;
  p50Ms: number;
  p90Ms: number;
  maxMs: number;
  /** p90 over one frame: below 1 means a key press's search fits in a frame. */
  searchP90FrameRatio: number;
}

// What a learner types, letter by letter: Latin, Cyrillic with ё, several words, a miss.
const QUERIES = ['select_related', 'prefetch', 'ORM запрос', 'миграции', 'ещё раз', 'GIL поток', 'middleware csrf', 'нет такого слова'];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Times search over `cards`, one query prefix per simulated key press. */
export function measureSearch(cards: readonly Card[]): SearchFigures {
  let t = performance.now();
  const index = buildSearchIndex(cards);
  const indexMs = performance.now() - t;
  // Warm the JIT the way a session does: a few searches before the ones that count.
  for (const q of QUERIES) searchCards(index, q);
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const query of QUERIES) {
      for (let n = 1; n <= query.length; n += 1) {
        t = performance.now();
        searchCards(index, query.slice(0, n));
        times.push(performance.now() - t);
      }
    }
  }
  times.sort((a, b) => a - b);
  const p90Ms = percentile(times, 0.9);
  return {
    cards: cards.length,
    indexMs,
    searches: times.length,
    p50Ms: percentile(times, 0.5),
    p90Ms,
    maxMs: times[times.length - 1] ?? 0,
    searchP90FrameRatio: p90Ms / FRAME_MS,
  };
}

function main(argv: string[]): void {
  const at = argv.indexOf('--cards');
  const count = at >= 0 ? Number(argv[at + 1]) : 10_000;
  const { collection, errors } = buildCollection([{ path: 'bench/generated.md', text: generateNotes(count) }]);
  if (errors.length > 0) throw new Error(`generated notes did not parse: ${errors[0]?.message}`);
  const figures = measureSearch(collection.cards);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  const ms = (x: number): string => `${x.toFixed(2)} ms`;
  console.log(`search over ${figures.cards} cards: index ${ms(figures.indexMs)}; per key press p50 ${ms(figures.p50Ms)}, p90 ${ms(figures.p90Ms)}, max ${ms(figures.maxMs)} (${figures.searches} searches)`);
  console.log(`p90 / frame (16.7 ms): ${figures.searchP90FrameRatio.toFixed(3)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
