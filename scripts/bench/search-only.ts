/**
 * `npm run bench -- --only=search [--rounds=N] [--json]`: browse search alone, at the main run's
 * 10,000 cards and simulated year, with its queries repeated over N rounds (5) on one page. About a
 * minute instead of six: for trying a change to browse. The full run is the one to report.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildCollection } from '../../src/core/collection.ts';
import { PROGRESS_KEY } from '../../src/store/persistence.ts';
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium.ts';
import { openLive, SEARCH_QUERIES, timeBrowseSearch } from './browser-bench.ts';
import { buildApp } from './build-app.ts';
import { generateNotes } from './generate-notes.ts';
import { simulateHistory } from './simulate-history.ts';
import { serveStatic } from './static-server.ts';
import { median, percentile, round } from './stats.ts';

export interface SearchOnlyOptions {
  cards: number;
  rounds: number;
  executablePath: string;
  keep: boolean;
  log: (message: string) => void;
}

export interface SearchOnlyResult {
  cards: number;
  rounds: number;
  /** Over every timed search (ms): input event → results painted, until 500 ms quiet. */
  medianMs: number | null;
  p90Ms: number | null;
  maxMs: number | null;
  /** Per query; `timed` leaves out the rounds where the results did not change (nothing to paint). */
  queries: { query: string; rows: number; timed: number; medianMs: number | null; maxMs: number | null }[];
}

const summary = (ms: number[]) =>
  ms.length === 0
    ? { medianMs: null, p90Ms: null, maxMs: null }
    : { medianMs: round(median(ms), 1), p90Ms: round(percentile(ms, 90), 1), maxMs: round(Math.max(...ms), 1) };

/** Builds the app at `cards` generated cards and times browse search `rounds` times over. */
export async function browseSearchOnly(o: SearchOnlyOptions): Promise<SearchOnlyResult> {
  const work = mkdtempSync(join(tmpdir(), 'flashcards-bench-search-'));
  const siteDir = join(work, 'site');
  try {
    o.log(`generating ${o.cards} cards and building the app in ${work}`);
    const notes = generateNotes(o.cards);
    mkdirSync(join(work, 'content'));
    writeFileSync(join(work, 'content', 'generated.md'), notes);
    buildApp(join(siteDir, 'app'), join(work, 'content'));
    writeFileSync(join(siteDir, 'seed.html'), '<!doctype html><title>seed</title>\n');
    const { collection } = buildCollection([{ path: 'content/generated.md', text: notes }]);
    o.log('simulating a year of study');
    const history = simulateHistory(collection.cards.map((c) => c.id), { now: Date.now() });

    const server = await serveStatic(siteDir);
    const browser = await chromium.launch({ executablePath: o.executablePath, args: [...CHROMIUM_ARGS], headless: true });
    const times = new Map<string, { rows: number; ms: number[] }>(SEARCH_QUERIES.map((q) => [q, { rows: 0, ms: [] }]));
    try {
      const appUrl = `${server.origin}/app/`;
      const live = await openLive(browser, server.origin, `${appUrl}#/study`, { [PROGRESS_KEY]: history.stored });
      for (let r = 0; r < o.rounds; r += 1) {
        const timed = (await timeBrowseSearch(live, appUrl, SEARCH_QUERIES)) ?? [];
        for (const t of timed) {
          const entry = times.get(t.query)!;
          entry.rows = t.rows;
          if (t.ms !== null) entry.ms.push(t.ms);
        }
        o.log(`  round ${r + 1} / ${o.rounds}: ${timed.map((t) => (t.ms === null ? '—' : t.ms.toFixed(1))).join(' ')} ms`);
      }
      await live.close();
    } finally {
      await browser.close();
      await server.close();
    }
    const queries = [...times].map(([query, { rows, ms }]) => {
      const { medianMs, maxMs } = summary(ms);
      return { query, rows, timed: ms.length, medianMs, maxMs };
    });
    return { cards: o.cards, rounds: o.rounds, ...summary([...times.values()].flatMap((t) => t.ms)), queries };
  } finally {
    if (o.keep) o.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The readable form of a result. */
export function formatSearchOnly(r: SearchOnlyResult): string {
  const ms = (x: number | null): string => (x === null ? '—' : `${x.toFixed(1)} ms`);
  const lines = r.queries.map((q) => `  ${q.query.padEnd(16)} ${String(q.rows).padStart(4)} rows  median ${ms(q.medianMs)}, max ${ms(q.maxMs)} (${q.timed} timed)`);
  return [
    `browse search at ${r.cards.toLocaleString('en')} cards, ${r.rounds} rounds: median ${ms(r.medianMs)}, p90 ${ms(r.p90Ms)}, max ${ms(r.maxMs)}`,
    ...lines,
    'input event → results painted; a round where the results did not change is not timed.',
  ].join('\n');
}
