/**
 * `npm run bench`: how fast the app is at 10,000 cards, against a static floor, in one run.
 *
 *   npm run bench                      a readable table (progress on stderr)
 *   npm run --silent bench -- --json   one JSON object on stdout (scripts/bench/report.ts)
 *   options: --presses=N (300) --loads=N (7) --parse-reps=N (5) --keep (leave the temp folder)
 *   npm run bench -- --only=search [--rounds=N]   browse search alone, N rounds (./search-only.ts)
 *   npm run bench -- --phone [--json] [...]       the phone-class bench instead of this one (./phone-run.ts)
 *
 * What it does: generates 10,000 cards of notes in the real notes' style, times our content
 * pipeline against a bare mdast parse, builds the production app twice (the real notes, and the
 * generated ones), simulates a year of study with the app's own scheduler and codec, then serves
 * the builds and the static floor page from one static server and drives headless Chromium:
 * cold loads, key presses, saves, browse search and the heap. See README, "Speed".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { buildCollection } from '../../src/core/collection.ts';
import { PROGRESS_KEY } from '../../src/store/persistence.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.ts';
import { coldLoad, openLive, SEARCH_QUERIES, storageActivity, storageChars, timeBrowseSearch, timePresses, waitForWrite } from './browser-bench.ts';
import type { ColdLoad, TimedPress } from './browser-bench.ts';
import { buildApp } from './build-app.ts';
import { writeFloor } from './floor-site.ts';
import { writeGeneratedNotes } from './generate-notes.ts';
import { benchParse } from './parse-bench.ts';
import { formatTable, targetsMet } from './report.ts';
import type { BenchResult } from './report.ts';
import { analyseSaves } from './saves.ts';
import { simulateHistory } from './simulate-history.ts';
import { storedByApp } from './stored-state.ts';
import { browseSearchOnly, formatSearchOnly } from './search-only.ts';
import { runPhone } from './phone-run.ts';
import { serveStatic } from './static-server.ts';
import { gzipKB, median, percentile, ratio, round } from './stats.ts';

const CARDS = 10_000;
const WARM_UP = 20;
// App and floor presses alternate in short runs, so a slow spell of the shared machine lands on both.
const BLOCK = 5;
const THINK_MS = 120;

const log = (message: string): void => console.error(`bench: ${message}`);

function option(name: string, fallback: number, argv: readonly string[]): number {
  const arg = argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got ${arg}`);
  return value;
}

/** gzip kB of what a load fetched before its first card appeared, by kind. */
function initialBytes(load: ColdLoad, siteDir: string, origin: string): { js: number; css: number; other: number; jsFiles: string[] } {
  const before = load.resources.filter((r) => r.start <= load.appearMs && r.url.startsWith(origin));
  const files = (ext: RegExp): { path: string; data: Buffer }[] =>
    before
      .map((r) => new URL(r.url).pathname)
      .filter((path) => ext.test(path))
      .map((path) => ({ path, data: readFileSync(join(siteDir, decodeURIComponent(path))) }));
  const js = files(/\.m?js$/);
  return {
    js: round(gzipKB(js.map((f) => f.data)), 1),
    css: round(gzipKB(files(/\.css$/).map((f) => f.data)), 1),
    other: round(gzipKB(files(/^(?!.*\.(m?js|css|html)$)(?!.*\/$).+/).map((f) => f.data)), 1),
    jsFiles: js.map((f) => f.path),
  };
}

const gradeTimes = (presses: readonly TimedPress[]): number[] => presses.map((p) => p.paint - p.start);

async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  if (argv.includes('--phone')) {
    await runPhone(argv, log);
    return;
  }
  const presses = option('presses', 300, argv);
  const loads = option('loads', 7, argv);
  const parseReps = option('parse-reps', 5, argv);
  const started = performance.now();
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found. Install one (sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
  if (argv.includes('--only=search')) {
    const result = await browseSearchOnly({ cards: CARDS, rounds: option('rounds', 5, argv), executablePath, keep: argv.includes('--keep'), log });
    console.log(json ? JSON.stringify(result) : formatSearchOnly(result));
    return;
  }

  const work = mkdtempSync(join(tmpdir(), 'flashcards-bench-'));
  const siteDir = join(work, 'site');
  try {
    log(`generating ${CARDS} cards of notes in ${work}`);
    const files = [writeGeneratedNotes(work, CARDS)];

    log(`parse: pipeline vs bare mdast, ${parseReps} repetitions each (about ${parseReps * 25} s)`);
    const parse = benchParse(files, parseReps);
    const { collection } = buildCollection(files);
    if (collection.cards.length !== CARDS) throw new Error(`generated ${collection.cards.length} cards, expected ${CARDS}`);

    log('building the app: real notes, then 10,000 generated cards');
    buildApp(join(siteDir, 'notes'), undefined);
    buildApp(join(siteDir, 'app'), join(work, 'content'));
    writeFloor(siteDir, collection.cards.slice(0, 500));

    log('simulating a year of study');
    const now = Date.now();
    const history = simulateHistory(collection.cards.map((c) => c.id), { now });
    const storage = storedByApp(join(siteDir, 'app'), history.progress, now);

    const server = await serveStatic(siteDir);
    const { origin } = server;
    const urls = { floor: `${origin}/floor/`, app: `${origin}/app/`, notes: `${origin}/notes/` };
    const browser: Browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
    try {
      log(`${loads} cold loads each of the floor, the app at 10k cards and the app on the real notes`);
      const load = { floor: [] as ColdLoad[], app: [] as ColdLoad[], notes: [] as ColdLoad[] };
      for (let i = 0; i < loads; i += 1) {
        load.floor.push(await coldLoad(browser, origin, urls.floor));
        load.app.push(await coldLoad(browser, origin, `${urls.app}#/study`, storage));
        load.notes.push(await coldLoad(browser, origin, `${urls.notes}#/study`));
      }

      log(`${presses} timed key presses each, in blocks of ${BLOCK}, after ${WARM_UP} to warm up`);
      const floor = await openLive(browser, origin, urls.floor);
      const app = await openLive(browser, origin, `${urls.app}#/study`, storage);
      const appPress = { count: WARM_UP, reveal: true, key: '3', thinkMs: THINK_MS };
      const floorPress = { ...appPress, reveal: false };
      await timePresses(floor, floorPress);
      await timePresses(app, appPress);
      const timed = { floor: [] as TimedPress[], app: [] as TimedPress[] };
      for (let done = 0; done < presses; done += BLOCK) {
        const count = Math.min(BLOCK, presses - done);
        timed.floor.push(...(await timePresses(floor, { ...floorPress, count })));
        timed.app.push(...(await timePresses(app, { ...appPress, count })));
        if ((done + count) % 50 === 0 || done + count === presses) log(`  ${done + count} / ${presses}`);
      }
      if (timed.app.length < presses) log(`the session ran out of cards after ${timed.app.length} timed grades`);

      log('waiting for the last save, then browse search');
      const lastPaint = timed.app.at(-1)?.paint ?? 0;
      if (!(await waitForWrite(app.page, PROGRESS_KEY, lastPaint))) log('no save of progress after the last grade within 15 s');
      const activity = await storageActivity(app.page);
      const saves = analyseSaves(activity, PROGRESS_KEY);
      const chars = await storageChars(app.page);
      const search = await timeBrowseSearch(app, urls.app, SEARCH_QUERIES);
      const heap = Math.max(...app.heapSamples);
      await floor.close();
      await app.close();

      const result = assemble({ parse, notes: files[0]!.text, load, timed, history, saves, chars, search, heap, siteDir, origin, browser, started });
      if (json) console.log(JSON.stringify(result));
      else console.log(`\n${formatTable(result)}`);
      const met = targetsMet(result);
      const missed = Object.entries(met).filter(([, ok]) => !ok).map(([name]) => name);
      if (missed.length > 0) log(`targets missed: ${missed.join(', ')}`);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (argv.includes('--keep')) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

interface Measured {
  parse: ReturnType<typeof benchParse>;
  notes: string;
  load: { floor: ColdLoad[]; app: ColdLoad[]; notes: ColdLoad[] };
  timed: { floor: TimedPress[]; app: TimedPress[] };
  history: ReturnType<typeof simulateHistory>;
  saves: ReturnType<typeof analyseSaves>;
  chars: number;
  search: Awaited<ReturnType<typeof timeBrowseSearch>>;
  heap: number;
  siteDir: string;
  origin: string;
  browser: Browser;
  started: number;
}

function assemble(m: Measured): BenchResult {
  const appTimes = gradeTimes(m.timed.app);
  const floorTimes = gradeTimes(m.timed.floor);
  const p = (values: number[], q: number): number => (values.length > 0 ? round(percentile(values, q), 1) : NaN);
  const loadMs = (loads: ColdLoad[]): number => round(median(loads.map((l) => l.firstCardMs)), 1);
  const real = m.load.notes.map((l) => initialBytes(l, m.siteDir, m.origin));
  const at10k = m.load.app.map((l) => initialBytes(l, m.siteDir, m.origin));
  const worst = <T extends { js: number }>(list: T[]): T => list.reduce((a, b) => (b.js > a.js ? b : a));
  const searchTimes = (m.search ?? []).flatMap((s) => (s.ms === null ? [] : [s.ms]));
  const cpu = cpus();
  return {
    parseRatio: m.parse.parseRatio,
    initialJsGzipKB: worst(real).js,
    nextCardP90Ratio: ratio(p(appTimes, 90), p(floorTimes, 90)),
    loadRatio: ratio(loadMs(m.load.app), loadMs(m.load.floor)),
    storageChars10k: m.chars,
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      node: process.version,
      chromium: `Chromium ${m.browser.version()}`,
      platform: `${platform()} ${release()}`,
    },
    cards: CARDS,
    parse: { pipelineMs: m.parse.pipelineMs, mdastMs: m.parse.mdastMs, repetitions: m.parse.repetitions, notesChars: m.notes.length },
    initialJs: {
      files: worst(real).jsFiles,
      cssGzipKB: worst(real).css,
      otherGzipKB: worst(real).other,
      at10k: { jsGzipKB: worst(at10k).js, otherGzipKB: Math.max(...at10k.map((b) => b.other)) },
    },
    nextCard: {
      presses: appTimes.length,
      p50Ms: p(appTimes, 50),
      p90Ms: p(appTimes, 90),
      maxMs: p(appTimes, 100),
      floorP50Ms: p(floorTimes, 50),
      floorP90Ms: p(floorTimes, 90),
    },
    load: {
      loads: m.load.app.length,
      medianMs: loadMs(m.load.app),
      floorMedianMs: loadMs(m.load.floor),
      realContentMedianMs: loadMs(m.load.notes),
      layoutShift: round(Math.max(...m.load.app.map((l) => l.layoutShift), ...m.load.notes.map((l) => l.layoutShift)), 3),
    },
    history: { grades: m.history.grades, studyDays: m.history.studyDays },
    save: { ...m.saves, chars: m.history.stored.length },
    browseSearch: {
      medianMs: searchTimes.length > 0 ? round(median(searchTimes), 1) : null,
      maxMs: searchTimes.length > 0 ? round(Math.max(...searchTimes), 1) : null,
      queries: (m.search ?? []).map((s) => ({ ...s, ms: s.ms === null ? null : round(s.ms, 1) })),
      note: m.search === null ? 'no browse search (input[type=search] on #/browse) in this build' : 'input event → results painted, until 500 ms quiet',
    },
    peakJsHeapMB: round(m.heap / 1e6, 1),
    durationS: round((performance.now() - m.started) / 1000, 0),
  };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});

